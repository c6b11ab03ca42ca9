package org.jumelage.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.shared.i18n.Languages;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Picks each UI's language: a signed-in person's profile language, else the visitor's cookie, else
 * French. Also writes it into {@code <html lang>} so screen readers pronounce the page correctly.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageSetup(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            Locale locale = resolve(VaadinRequest.getCurrent());
            ui.getUI().setLocale(locale);
            ui.getUI().getSession().setLocale(locale);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html")
                .attr("lang", resolve(response.getVaadinRequest()).getLanguage()));
    }

    Locale resolve(VaadinRequest request) {
        if (currentUser.isSignedIn()) {
            return accounts.me().language();
        }
        return cookieLanguage(request).map(Languages::fromTag).orElse(Languages.DEFAULT);
    }

    private static Optional<String> cookieLanguage(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest && servletRequest.getCookies() != null) {
            return Arrays.stream(servletRequest.getCookies()).filter(c -> Languages.COOKIE.equals(c.getName()))
                    .map(Cookie::getValue).findFirst();
        }
        return Optional.empty();
    }
}
