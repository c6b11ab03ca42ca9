package org.jumelage.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A protected step back to an {@link InvitationAcceptPage}: a visitor who opens it is sent to the
 * login page, and Vaadin brings them back here after signing in, which forwards to the invitation
 * with its token.
 */
public abstract class InvitationSignInStep extends PublicPage implements BeforeEnterObserver {

    private final String acceptRoute;

    protected InvitationSignInStep(String titleKey, String id, String acceptRoute) {
        super(titleKey);
        this.acceptRoute = acceptRoute;
        setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(acceptRoute, event.getLocation().getQueryParameters());
    }
}
