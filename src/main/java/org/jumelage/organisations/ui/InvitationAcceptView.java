package org.jumelage.organisations.ui;

import java.util.List;
import java.util.Optional;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.organisations.InvitationPreview;
import org.jumelage.organisations.OrganisationException;
import org.jumelage.organisations.OrganisationService;
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
 * Where an invitation e-mail leads. A visitor is asked to sign in (or to register an OSBL account
 * with the invited address first); "sign in" goes through {@link InvitationSignInView}, a protected
 * route, so the login brings the person straight back here. Signed in, one click joins.
 */
@Route(value = "invitations/accept", autoLayout = false)
@AnonymousAllowed
public class InvitationAcceptView extends PublicPage implements BeforeEnterObserver {

    final Paragraph summary = new Paragraph();
    final Div problem = new Div();
    final Button accept = new Button();
    final Div visitorActions = new Div();
    final Button signIn = new Button();

    private final transient OrganisationService service;
    private final transient CurrentUser currentUser;
    private String token = "";

    public InvitationAcceptView(OrganisationService service, CurrentUser currentUser) {
        super("invitation.title");
        this.service = service;
        this.currentUser = currentUser;
        setId("invitation-accept-view");

        summary.setId("invitation-summary");
        problem.setId("invitation-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        accept.setText(getTranslation("invitation.accept"));
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        accept.setVisible(false);
        signIn.setText(getTranslation("invitation.signIn"));
        signIn.setId("invitation-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InvitationSignInView.class,
                QueryParameters.of("token", token))));
        Paragraph register = new Paragraph(getTranslation("invitation.noAccount") + " ");
        register.add(new Anchor("register", getTranslation("invitation.register")));
        visitorActions.add(new Paragraph(getTranslation("invitation.signInFirst")), signIn, register);
        visitorActions.setVisible(false);
        addContent(problem, summary, accept, visitorActions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).get(0));
    }

    void load(String token) {
        this.token = token;
        show(service.previewInvitation(token));
    }

    private void show(Optional<InvitationPreview> found) {
        if (found.isEmpty()) {
            showProblem("invitation.invalid");
            return;
        }
        InvitationPreview preview = found.get();
        summary.setText(getTranslation("invitation.summary", preview.inviterName(), preview.organisationName(),
                preview.email()));
        switch (preview.state()) {
            case EXPIRED -> showProblem("invitation.expired");
            case USED -> showProblem("invitation.used");
            case REVOKED -> showProblem("invitation.revoked");
            case VALID -> {
                boolean signedIn = currentUser.isSignedIn();
                accept.setVisible(signedIn);
                visitorActions.setVisible(!signedIn);
            }
        }
    }

    void accept() {
        try {
            service.acceptInvitation(token);
        } catch (OrganisationException e) {
            showProblem(e.messageKey());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("organisation"));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
        accept.setVisible(false);
        visitorActions.setVisible(false);
    }
}
