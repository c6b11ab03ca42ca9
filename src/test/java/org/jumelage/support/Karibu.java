package org.jumelage.support;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** Karibu-Testing on the test's Spring context: a mock Vaadin UI in the given language, and its end. */
public final class Karibu {

    private Karibu() {
    }

    /** A UI whose views come from the Spring context; routes are those of {@code viewPackages} if given. */
    public static UI start(ApplicationContext context, Locale language, String... viewPackages) {
        Routes routes = new Routes();
        for (String viewPackage : viewPackages) {
            routes = routes.autoDiscoverViews(viewPackage);
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI ui = UI.getCurrent();
        ui.setLocale(language);
        return ui;
    }

    /** Ends the mock UI and forgets who was signed in. */
    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
