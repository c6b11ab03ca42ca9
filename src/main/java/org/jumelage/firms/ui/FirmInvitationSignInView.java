package org.jumelage.firms.ui;

import jakarta.annotation.security.PermitAll;

import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/**
 * A protected step back to {@link FirmInvitationAcceptView}: a visitor who opens it is sent to the
 * login page, and Vaadin brings them back here after signing in, which forwards to the invitation.
 */
@Route(value = "firm-invitations/sign-in", autoLayout = false)
@PermitAll
public class FirmInvitationSignInView extends PublicPage implements BeforeEnterObserver {

    public FirmInvitationSignInView() {
        super("firminvitation.title");
        setId("firm-invitation-sign-in-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo("firm-invitations/accept", event.getLocation().getQueryParameters());
    }
}
