package org.jumelage.accounts.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.ConsentStatus;
import org.jumelage.accounts.Consents;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Consent to the privacy policy in force, purpose by purpose. Shown before anything else when the
 * policy changed since the person last consented; also where one changes the optional purposes.
 */
@Route(value = "consentement", autoLayout = false)
@PermitAll
public class ConsentView extends PublicPage {

    final ConsentChoices choices;
    final Button accept = new Button();
    final Div status = new Div();

    private final transient Consents consents;

    public ConsentView(Consents consents, AuthenticationContext authentication) {
        super("consent.title");
        this.consents = consents;
        setId("consent-view");
        ConsentStatus mine = consents.mine();
        choices = new ConsentChoices(mine.version() == 0 ? EnumSet.noneOf(ConsentPurpose.class) : mine.purposes());
        Paragraph intro = new Paragraph(getTranslation(mine.needed() && mine.version() > 0
                ? "consent.intro.changed" : mine.needed() ? "consent.intro.first" : "consent.intro.current",
                mine.currentVersion()));
        intro.setId("consent-intro");
        if (!mine.needed() && mine.givenAt() != null) {
            intro.add(" " + getTranslation("consent.givenAt", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()).format(mine.givenAt().atZone(java.time.ZoneId.of("America/Toronto")))));
        }
        Anchor policy = new Anchor("confidentialite", getTranslation("consent.readPolicy"));
        policy.setId("consent-policy-link");
        accept.setText(getTranslation("consent.accept"));
        accept.setId("consent-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        status.setId("consent-status");
        status.getElement().setAttribute("role", "status");
        Button logout = new Button(getTranslation("consent.logout"), e -> authentication.logout());
        logout.setId("consent-logout");
        addContent(intro, new Paragraph(policy), choices, status, new HorizontalLayout(accept, logout));
    }

    void accept() {
        Set<ConsentPurpose> chosen = choices.getValue();
        ConsentStatus given;
        try {
            given = consents.give(chosen);
        } catch (AccountException refused) {
            choices.setErrorMessage(getTranslation(refused.messageKey()));
            choices.setInvalid(true);
            return;
        }
        ConsentGate.remember(given);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
