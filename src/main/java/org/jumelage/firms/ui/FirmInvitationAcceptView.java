package org.jumelage.firms.ui;

import java.util.List;
import java.util.Optional;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.FirmInvitationPreview;
import org.jumelage.firms.FirmMembership;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a firm invitation e-mail leads. A visitor is asked to sign in (or to register a firm
 * account with the invited address first); "sign in" goes through {@link FirmInvitationSignInView},
 * a protected route, so the login brings the person straight back here. Signed in, one click joins.
 */
@Route(value = "firm-invitations/accept", autoLayout = false)
@AnonymousAllowed
public class FirmInvitationAcceptView extends PublicPage implements BeforeEnterObserver {

    final Paragraph summary = new Paragraph();
    final Div problem = new Div();
    final Button accept = new Button();
    final Div visitorActions = new Div();
    final Button signIn = new Button();

    private final transient FirmMembership membership;
    private final transient CurrentUser currentUser;
    private String token = "";

    public FirmInvitationAcceptView(FirmMembership membership, CurrentUser currentUser) {
        super("firminvitation.title");
        this.membership = membership;
        this.currentUser = currentUser;
        setId("firm-invitation-accept-view");

        summary.setId("firm-invitation-summary");
        problem.setId("firm-invitation-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        accept.setText(getTranslation("firminvitation.accept"));
        accept.setId("firm-invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        accept.setVisible(false);
        signIn.setText(getTranslation("firminvitation.signIn"));
        signIn.setId("firm-invitation-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FirmInvitationSignInView.class,
                QueryParameters.of("token", token))));
        Paragraph register = new Paragraph(getTranslation("firminvitation.noAccount") + " ");
        register.add(new Anchor("register", getTranslation("firminvitation.register")));
        visitorActions.add(new Paragraph(getTranslation("firminvitation.signInFirst")), signIn, register);
        visitorActions.setVisible(false);
        addContent(problem, summary, accept, visitorActions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).get(0));
    }

    void load(String token) {
        this.token = token;
        show(membership.previewInvitation(token));
    }

    private void show(Optional<FirmInvitationPreview> found) {
        if (found.isEmpty()) {
            showProblem("firminvitation.invalid");
            return;
        }
        FirmInvitationPreview preview = found.get();
        summary.setText(getTranslation("firminvitation.summary", preview.inviterName(), preview.firmName(),
                preview.email()));
        switch (preview.state()) {
            case EXPIRED -> showProblem("firminvitation.expired");
            case USED -> showProblem("firminvitation.used");
            case REVOKED -> showProblem("firminvitation.revoked");
            case VALID -> {
                boolean signedIn = currentUser.isSignedIn();
                accept.setVisible(signedIn);
                visitorActions.setVisible(!signedIn);
            }
        }
    }

    void accept() {
        try {
            membership.acceptInvitation(token);
        } catch (FirmException e) {
            showProblem(e.messageKey());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(FirmView.class));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
        accept.setVisible(false);
        visitorActions.setVisible(false);
    }
}
