package org.jumelage.accounts.ui;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same whether or not an account has the address. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage {

    final EmailField email = new EmailField();
    final Button submit = new Button();
    final Div result = new Div();

    public ForgotPasswordView(AccountService accounts) {
        super("forgot.title");
        setId("forgot-view");
        email.setLabel(getTranslation("forgot.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        submit.setText(getTranslation("forgot.submit"));
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        result.setId("forgot-result");
        result.getElement().setAttribute("role", "status");
        submit.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("validation.email.invalid"));
                email.setInvalid(true);
                return;
            }
            try {
                accounts.requestPasswordReset(email.getValue());
            } catch (AccountException refused) {
                result.setText(getTranslation(refused.messageKey()));
                result.setClassName("notice notice-error");
                return;
            }
            result.setText(getTranslation("forgot.sent"));
            result.setClassName("notice notice-success");
        });
        addContent(new Paragraph(getTranslation("forgot.intro")), email, submit, result,
                new Paragraph(new Anchor("login", getTranslation("forgot.back"))));
    }
}
