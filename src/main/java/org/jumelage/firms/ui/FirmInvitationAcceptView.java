package org.jumelage.firms.ui;

import java.util.Optional;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.firms.FirmMembership;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.shared.ui.InvitationAcceptPage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an invitation to join a firm leads; a visitor without an account registers a firm account
 * with the invited address first. Signing in goes through {@link FirmInvitationSignInView}.
 */
@Route(value = "firm-invitations/accept", autoLayout = false)
@AnonymousAllowed
public class FirmInvitationAcceptView extends InvitationAcceptPage {

    private final transient FirmMembership membership;

    public FirmInvitationAcceptView(FirmMembership membership, CurrentUser currentUser) {
        super("firminvitation", "firm-invitation", FirmInvitationSignInView.class, currentUser::isSignedIn);
        this.membership = membership;
    }

    @Override
    protected Optional<InvitationPreview> preview(String token) {
        return membership.previewInvitation(token);
    }

    @Override
    protected void join(String token) {
        membership.acceptInvitation(token);
    }

    @Override
    protected Class<? extends Component> joinedView() {
        return FirmView.class;
    }
}
