package org.jumelage.matching.offers.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.matching.review.MatchView;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Firm members, volunteers and OSBL members see the offers addressed to them and answer them. */
@Route("offers")
@RolesAllowed({Role.OSBL, Role.FIRM, Role.VOLUNTEER_ROLE})
@Menu(title = "nav.offers", order = 15, icon = "vaadin:handshake")
public class MyOffersView extends Main implements HasDynamicTitle {

    final Paragraph empty = new Paragraph();
    final Div list = new Div();

    private final transient OfferService offers;
    private final transient ReasonTexts texts;

    public MyOffersView(OfferService offers, ReasonTexts texts) {
        this.offers = offers;
        this.texts = texts;
        addClassName("page");
        setId("my-offers-view");
        empty.setId("offers-empty");
        empty.setText(getTranslation("offers.empty"));
        list.setId("offers-list");
        add(new H1(getTranslation("offers.title")), new Paragraph(getTranslation("offers.intro")), empty, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<MatchView> mine = offers.myOffers();
        empty.setVisible(mine.isEmpty());
        mine.forEach(m -> list.add(new OfferCard(offers, texts, m, offers.mySide(m.id()), this::refresh)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.title") + " · " + getTranslation("app.name");
    }
}
