package org.jumelage.accounts.ui;

import java.util.List;
import java.util.Map;

import org.jumelage.accounts.internal.EmailNotVerifiedException;
import org.jumelage.accounts.internal.TooManyAttemptsException;
import org.jumelage.shared.ui.PublicPage;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. A wrong password, an unknown address and a locked account get the same message, so the
 * page never tells a stranger whether an account exists; only someone who typed the right password
 * learns that the address still needs verifying or that the account is disabled.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends PublicPage implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final Div notice = new Div();

    public LoginView() {
        super("login.title");
        setId("login-view");
        form.setAction("login");
        form.setI18n(i18n());
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        Paragraph register = new Paragraph(getTranslation("login.noAccount") + " ");
        register.add(new Anchor("register", getTranslation("login.register")));
        register.setId("register-link");
        Paragraph transparency = new Paragraph(new Anchor("transparence", getTranslation("transparency.link")));
        transparency.setId("transparency-link");
        addContent(new Paragraph(getTranslation("app.tagline")), notice, form, register, transparency);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.form.email"));
        f.setPassword(getTranslation("login.form.password"));
        f.setSubmit(getTranslation("login.form.submit"));
        f.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            Object cause = lastException();
            if (cause instanceof TooManyAttemptsException) {
                showNotice("login.error.limited", true);
            } else if (cause instanceof EmailNotVerifiedException) {
                showNotice("login.error.unverified", true);
            } else if (cause instanceof DisabledException) {
                showNotice("login.error.disabled", true);
            } else {
                form.setError(true);
            }
        } else if (params.containsKey("verified")) {
            showNotice("login.verified", false);
        } else if (params.containsKey("verification-expired")) {
            showNotice("login.verificationExpired", true);
        } else if (params.containsKey("verification-invalid")) {
            showNotice("login.verificationInvalid", true);
        } else if (params.containsKey("reset")) {
            showNotice("login.passwordReset", false);
        } else if (params.containsKey("logout")) {
            showNotice("login.loggedOut", false);
        }
    }

    private void showNotice(String key, boolean problem) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
        notice.setClassName(problem ? "notice notice-error" : "notice notice-success");
    }

    private static Object lastException() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || request.getWrappedSession(false) == null) {
            return null;
        }
        return request.getWrappedSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
