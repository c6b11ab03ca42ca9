package org.jumelage.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.jumelage.shared.i18n.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A button that switches between French and English. The visitor's choice is kept in a cookie for a
 * year; {@code onSwitch} lets a signed-in person's profile remember it too. The page then reloads
 * so that every string, including the page title and {@code <html lang>}, is in the new language.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Consumer<Locale> onSwitch) {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addAttachListener(e -> update());
        addClickListener(e -> {
            Locale next = other(getLocale());
            onSwitch.accept(next);
            UI.getCurrent().getPage().executeJs(
                    "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                            + " window.location.reload();",
                    Languages.COOKIE, next.getLanguage());
        });
    }

    private void update() {
        // Shows the language one can switch to, named in that language.
        setText(getTranslation("language.switchTo"));
        getElement().setAttribute("title", getTranslation("language.switchTo.title"));
    }

    static Locale other(Locale current) {
        return Languages.normalise(current).equals(Languages.FRENCH) ? Languages.ENGLISH : Languages.FRENCH;
    }
}
