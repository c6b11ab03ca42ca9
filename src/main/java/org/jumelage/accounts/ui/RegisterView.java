package org.jumelage.accounts.ui;

import java.util.Locale;
import java.util.Map;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.InvalidCommandException;
import org.jumelage.accounts.PasswordPolicy;
import org.jumelage.accounts.RegistrationCommand;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Opening an account. Every problem is shown next to its field; nothing is stored until all is right. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends PublicPage {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Select<Locale> language = new Select<>();
    final RadioButtonGroup<AccountType> accountType = new RadioButtonGroup<>();
    final ConsentChoices consents = new ConsentChoices(java.util.EnumSet.noneOf(ConsentPurpose.class));
    final Button submit = new Button();
    final Div formArea = new Div();
    final Div done = new Div();

    private final transient AccountService accounts;

    public RegisterView(AccountService accounts) {
        super("register.title");
        this.accounts = accounts;
        setId("register-view");

        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setId("displayName");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(100);
        password.setLabel(getTranslation("register.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("confirm");
        confirm.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("register.language"));
        language.setId("language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Languages.normalise(getLocale()));
        accountType.setLabel(getTranslation("register.accountType"));
        accountType.setId("accountType");
        accountType.setItems(AccountType.values());
        accountType.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        accountType.setRequiredIndicatorVisible(true);

        submit.setText(getTranslation("register.submit"));
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> register());
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        Anchor policy = new Anchor("confidentialite", getTranslation("consent.readPolicy"));
        policy.setId("register-policy-link");
        policy.setTarget("_blank");
        FormLayout form = new FormLayout(email, displayName, password, confirm, language, accountType, consents,
                new Paragraph(policy));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph login = new Paragraph(getTranslation("register.haveAccount") + " ");
        login.add(new Anchor("login", getTranslation("register.login")));
        formArea.add(new Paragraph(getTranslation("register.intro")), form, submit, login);

        done.setId("register-done");
        done.setVisible(false);
        done.getElement().setAttribute("role", "status");
        addContent(formArea, done);
    }

    void register() {
        clearErrors();
        if (!password.getValue().equals(confirm.getValue())) {
            showError(confirm, "register.confirm.mismatch");
            return;
        }
        try {
            accounts.register(new RegistrationCommand(email.getValue(), displayName.getValue(),
                    password.getValue(), language.getValue(), accountType.getValue(), consents.getValue()));
        } catch (InvalidCommandException e) {
            for (Map.Entry<String, String> problem : e.fieldMessageKeys().entrySet()) {
                showError(field(problem.getKey()), problem.getValue());
            }
            return;
        } catch (AccountException e) {
            showError(field(e.field()), e.messageKey());
            return;
        }
        formArea.setVisible(false);
        done.removeAll();
        done.add(new Paragraph(getTranslation("register.done", email.getValue().trim())),
                new Paragraph(getTranslation("register.done.outboxHint")),
                new Anchor("login", getTranslation("register.login")));
        done.setVisible(true);
    }

    private HasValidation field(String name) {
        if (name == null) {
            return email;
        }
        return switch (name) {
            case "displayName" -> displayName;
            case "password" -> password;
            case "language" -> language;
            case "accountType" -> accountType;
            case "consents" -> consents;
            default -> email;
        };
    }

    private void showError(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation f : new HasValidation[] {email, displayName, password, confirm, language, accountType,
                consents}) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }
}
