package org.jumelage.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The home page after login. What it shows depends on the person's role: the heading names the
 * space they are in (organisation, firm, volunteer, coordination, administration), and the cards
 * point to what they can do now.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final Div cards = new Div();

    public HomeView(AccountService accounts) {
        addClassName("page");
        setId("home");
        UserSummary me = accounts.me();
        Role role = primaryRole(me);
        heading.setText(getTranslation("home." + role.name() + ".title"));
        heading.setId("home-title");
        intro.setText(getTranslation("home.welcome", me.displayName()));
        cards.addClassName("cards");
        for (Card card : cardsFor(role)) {
            Div box = new Div();
            box.addClassName("card");
            H2 title = new H2(getTranslation(card.key() + ".title"));
            box.add(title, new Paragraph(getTranslation(card.key() + ".text")));
            if (card.route() != null) {
                box.add(new Anchor(card.route(), getTranslation(card.key() + ".link")));
            }
            cards.add(box);
        }
        add(heading, intro, cards);
    }

    /** The role whose home page a person sees when they hold several: the most powerful one. */
    static Role primaryRole(UserSummary me) {
        for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.OSBL_MEMBER, Role.FIRM_MEMBER, Role.VOLUNTEER)) {
            if (me.roles().contains(role)) {
                return role;
            }
        }
        return Role.VOLUNTEER;
    }

    private record Card(String key, String route) {
    }

    private static List<Card> cardsFor(Role role) {
        List<Card> cards = new ArrayList<>();
        switch (role) {
            case OSBL_MEMBER -> cards.add(new Card("home.card.osbl", null));
            case FIRM_MEMBER -> cards.add(new Card("home.card.firm", null));
            case VOLUNTEER -> cards.add(new Card("home.card.volunteer", null));
            case COORDINATOR -> cards.add(new Card("home.card.coordinator", null));
            case ADMIN -> {
                cards.add(new Card("home.card.admin", "admin/users"));
                cards.add(new Card("home.card.outbox", "admin/outbox"));
            }
        }
        cards.add(new Card("home.card.profile", "profile"));
        return cards;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
