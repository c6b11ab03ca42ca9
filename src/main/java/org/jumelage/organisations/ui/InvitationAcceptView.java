package org.jumelage.organisations.ui;

import java.util.Optional;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.organisations.OrganisationService;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.shared.ui.InvitationAcceptPage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an invitation to join an organisation leads; a visitor without an account registers an OSBL
 * account with the invited address first. Signing in goes through {@link InvitationSignInView}.
 */
@Route(value = "invitations/accept", autoLayout = false)
@AnonymousAllowed
public class InvitationAcceptView extends InvitationAcceptPage {

    private final transient OrganisationService service;

    public InvitationAcceptView(OrganisationService service, CurrentUser currentUser) {
        super("invitation", "invitation", InvitationSignInView.class, currentUser::isSignedIn);
        this.service = service;
    }

    @Override
    protected Optional<InvitationPreview> preview(String token) {
        return service.previewInvitation(token);
    }

    @Override
    protected void join(String token) {
        service.acceptInvitation(token);
    }

    @Override
    protected Class<? extends Component> joinedView() {
        return OrganisationView.class;
    }
}
