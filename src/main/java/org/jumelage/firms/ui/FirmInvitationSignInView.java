package org.jumelage.firms.ui;

import jakarta.annotation.security.PermitAll;

import org.jumelage.shared.ui.InvitationSignInStep;

import com.vaadin.flow.router.Route;

/** The protected step back to {@link FirmInvitationAcceptView} after signing in. */
@Route(value = "firm-invitations/sign-in", autoLayout = false)
@PermitAll
public class FirmInvitationSignInView extends InvitationSignInStep {

    public FirmInvitationSignInView() {
        super("firminvitation.title", "firm-invitation-sign-in-view", "firm-invitations/accept");
    }
}
