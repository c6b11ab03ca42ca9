package org.jumelage.accounts.ui;

import org.jumelage.accounts.ConsentStatus;
import org.jumelage.accounts.Consents;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.PrivacyPolicy;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Before any page of a signed-in person, checks that they consented to the policy in force, and
 * sends them to {@link ConsentView} otherwise. The answer is remembered in the session, so the
 * database is asked once per session (and again only if the policy changes).
 */
@Component
class ConsentGate implements VaadinServiceInitListener {

    private static final String CONSENTED_VERSION = ConsentGate.class.getName() + ".version";

    private final CurrentUser currentUser;
    private final Consents consents;
    private final PrivacyPolicy policy;

    ConsentGate(CurrentUser currentUser, Consents consents, PrivacyPolicy policy) {
        this.currentUser = currentUser;
        this.consents = consents;
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ConsentView.class || target == PrivacyPolicyView.class || !currentUser.isSignedIn()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Integer.valueOf(policy.version()).equals(session.getAttribute(CONSENTED_VERSION))) {
            return;
        }
        ConsentStatus mine = consents.mine();
        if (mine.needed()) {
            event.forwardTo(ConsentView.class);
        } else {
            remember(mine);
        }
    }

    /** Remembers in the session that the person consented to the policy in force. */
    static void remember(ConsentStatus status) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && !status.needed()) {
            session.setAttribute(CONSENTED_VERSION, status.currentVersion());
        }
    }
}
