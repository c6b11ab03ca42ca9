package org.jumelage.organisations.ui;

import jakarta.annotation.security.PermitAll;

import org.jumelage.shared.ui.InvitationSignInStep;

import com.vaadin.flow.router.Route;

/** The protected step back to {@link InvitationAcceptView} after signing in. */
@Route(value = "invitations/sign-in", autoLayout = false)
@PermitAll
public class InvitationSignInView extends InvitationSignInStep {

    public InvitationSignInView() {
        super("invitation.title", "invitation-sign-in-view", "invitations/accept");
    }
}
