package org.jumelage.accounts.ui;

import java.util.List;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.PasswordPolicy;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sets a new password from the link of a reset e-mail. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PublicPage implements BeforeEnterObserver {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button submit = new Button();
    final Div problem = new Div();
    final Div form = new Div();

    private final transient AccountService accounts;
    private String token;

    public ResetPasswordView(AccountService accounts) {
        super("reset.title");
        this.accounts = accounts;
        setId("reset-view");
        password.setLabel(getTranslation("reset.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("confirm");
        submit.setText(getTranslation("reset.submit"));
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> reset());
        problem.setId("reset-problem");
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        form.add(password, confirm, submit);
        addContent(problem, form, new Paragraph(new Anchor("forgot-password", getTranslation("reset.newLink"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of(""))
                .get(0);
        if (!accounts.isResetTokenUsable(token)) {
            showProblem("reset.invalid");
            form.setVisible(false);
        }
    }

    void reset() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            accounts.resetPassword(token, password.getValue());
        } catch (AccountException e) {
            if ("password".equals(e.field())) {
                password.setErrorMessage(getTranslation(e.messageKey()));
                password.setInvalid(true);
            } else {
                showProblem(e.messageKey());
                form.setVisible(false);
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setClassName("notice notice-error");
        problem.setVisible(true);
    }
}
