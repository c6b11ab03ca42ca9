package org.jumelage.accounts.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.PrivacyOfficer;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The privacy policy in force, its version and date, the purposes one can consent to, and the person
 * in charge of the protection of personal information, named as Law 25 requires. Public.
 */
@Route(value = "confidentialite", autoLayout = false)
@AnonymousAllowed
public class PrivacyPolicyView extends PublicPage {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    final Section officer = new Section();

    public PrivacyPolicyView(PrivacyPolicy policy, PrivacyOfficer responsible) {
        super("privacy.title");
        setId("privacy-view");
        Paragraph version = new Paragraph(getTranslation("privacy.version", policy.version(),
                policy.effective().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        version.setId("privacy-version");
        Div text = new Div(new Html("<div>" + RENDERER.render(PARSER.parse(policy.text(getLocale()))) + "</div>"));
        text.setId("privacy-text");

        UnorderedList purposes = new UnorderedList();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            purposes.add(new ListItem(getTranslation(purpose.translationKey()) + " — "
                    + getTranslation(purpose.required() ? "consent.required.label" : "consent.optional.label")));
        }

        officer.setId("privacy-officer");
        officer.add(new H2(getTranslation("privacy.officer.heading")));
        officer.add(new Paragraph(responsible.name() + (blank(responsible.title()) ? "" : ", " + responsible.title())));
        if (!blank(responsible.email())) {
            officer.add(new Paragraph(new Anchor("mailto:" + responsible.email(), responsible.email())));
        }
        if (!blank(responsible.phone())) {
            officer.add(new Paragraph(responsible.phone()));
        }
        if (!blank(responsible.address())) {
            officer.add(new Paragraph(responsible.address()));
        }
        addContent(version, text, new H2(getTranslation("privacy.purposes.heading")), purposes, officer,
                new Paragraph(new Anchor("", getTranslation("privacy.back"))));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
