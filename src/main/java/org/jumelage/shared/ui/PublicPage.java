package org.jumelage.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Frame of the pages a visitor sees before signing in: a header with the name and the language
 * switch, then one main landmark with a single level-one heading.
 */
public abstract class PublicPage extends Div implements HasDynamicTitle {

    protected final H1 heading = new H1();
    protected final Main main = new Main();

    protected PublicPage(String titleKey) {
        addClassName("public-page");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Header header = new Header(brand, new LanguageSwitch(language -> { }));
        header.addClassName("public-header");
        heading.setText(getTranslation(titleKey));
        main.addClassName("public-main");
        main.add(heading);
        Anchor privacy = new Anchor("confidentialite", getTranslation("nav.privacy"));
        privacy.setId("footer-privacy");
        Footer footer = new Footer(privacy);
        footer.addClassName("public-footer");
        add(header, main, footer);
    }

    protected void addContent(Component... components) {
        main.add(components);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
