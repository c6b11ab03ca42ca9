package org.jumelage.shared.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.shared.validation.RefusalException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

/**
 * Where a membership invitation e-mail leads. A visitor is asked to sign in (or to register an
 * account with the invited address first); "sign in" goes through the feature's
 * {@link InvitationSignInStep}, a protected route, so the login brings the person straight back here.
 * Signed in, one click joins.
 *
 * <p>A feature gives its words (translation keys {@code <keyPrefix>.title}, {@code .summary},
 * {@code .accept}, {@code .invalid}…), its element ids ({@code <idPrefix>-accept-view},
 * {@code -summary}…), its sign-in step, and the service calls that preview and accept a link.
 */
public abstract class InvitationAcceptPage extends PublicPage implements BeforeEnterObserver {

    public final Paragraph summary = new Paragraph();
    public final Div problem = new Div();
    public final Button accept = new Button();
    public final Div visitorActions = new Div();
    public final Button signIn = new Button();

    private final String keyPrefix;
    private final transient BooleanSupplier signedIn;
    private String token = "";

    protected InvitationAcceptPage(String keyPrefix, String idPrefix,
            Class<? extends InvitationSignInStep> signInStep, BooleanSupplier signedIn) {
        super(keyPrefix + ".title");
        this.keyPrefix = keyPrefix;
        this.signedIn = signedIn;
        setId(idPrefix + "-accept-view");

        summary.setId(idPrefix + "-summary");
        problem.setId(idPrefix + "-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        accept.setText(getTranslation(keyPrefix + ".accept"));
        accept.setId(idPrefix + "-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        accept.setVisible(false);
        signIn.setText(getTranslation(keyPrefix + ".signIn"));
        signIn.setId(idPrefix + "-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(signInStep,
                QueryParameters.of("token", token))));
        Paragraph register = new Paragraph(getTranslation(keyPrefix + ".noAccount") + " ");
        register.add(new Anchor("register", getTranslation(keyPrefix + ".register")));
        visitorActions.add(new Paragraph(getTranslation(keyPrefix + ".signInFirst")), signIn, register);
        visitorActions.setVisible(false);
        addContent(problem, summary, accept, visitorActions);
    }

    /** What the link leads to; empty for an unknown token. */
    protected abstract Optional<InvitationPreview> preview(String token);

    /** Joins the signed-in person, or refuses with the reason. */
    protected abstract void join(String token);

    /** Where a person who just joined goes. */
    protected abstract Class<? extends Component> joinedView();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).get(0));
    }

    public void load(String token) {
        this.token = token;
        show(preview(token));
    }

    private void show(Optional<InvitationPreview> found) {
        if (found.isEmpty()) {
            showProblem(keyPrefix + ".invalid");
            return;
        }
        InvitationPreview preview = found.get();
        summary.setText(getTranslation(keyPrefix + ".summary", preview.inviterName(), preview.holderName(),
                preview.email()));
        switch (preview.state()) {
            case EXPIRED -> showProblem(keyPrefix + ".expired");
            case USED -> showProblem(keyPrefix + ".used");
            case REVOKED -> showProblem(keyPrefix + ".revoked");
            case VALID -> {
                boolean signedInNow = signedIn.getAsBoolean();
                accept.setVisible(signedInNow);
                visitorActions.setVisible(!signedInNow);
            }
        }
    }

    void accept() {
        try {
            join(token);
        } catch (RefusalException e) {
            showProblem(e.messageKey());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(joinedView()));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
        accept.setVisible(false);
        visitorActions.setVisible(false);
    }
}
