package org.jumelage.organisations.ui;

import jakarta.annotation.security.PermitAll;

import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/**
 * A protected step back to {@link InvitationAcceptView}: a visitor who opens it is sent to the login
 * page, and Vaadin brings them back here after signing in, which forwards to the invitation.
 */
@Route(value = "invitations/sign-in", autoLayout = false)
@PermitAll
public class InvitationSignInView extends PublicPage implements BeforeEnterObserver {

    public InvitationSignInView() {
        super("invitation.title");
        setId("invitation-sign-in-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo("invitations/accept", event.getLocation().getQueryParameters());
    }
}
