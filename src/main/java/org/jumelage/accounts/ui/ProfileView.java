package org.jumelage.accounts.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.PasswordPolicy;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.i18n.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** A person's own account: name, language, password. */
@Route("profile")
@PermitAll
@Menu(title = "nav.profile", order = 90, icon = "vaadin:user")
public class ProfileView extends Main implements HasDynamicTitle {

    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final Select<Locale> language = new Select<>();
    final Button saveProfile = new Button();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button changePassword = new Button();

    private final transient AccountService accounts;
    private UserSummary me;

    public ProfileView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        setId("profile-view");
        me = accounts.me();

        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setId("displayName");
        displayName.setMaxLength(100);
        displayName.setValue(me.displayName());
        email.setLabel(getTranslation("register.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        language.setLabel(getTranslation("register.language"));
        language.setId("language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(me.language());
        saveProfile.setText(getTranslation("common.save"));
        saveProfile.setId("save-profile");
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.addClickListener(e -> saveProfile());

        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        currentPassword.setId("currentPassword");
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setId("newPassword");
        newPassword.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("confirm");
        changePassword.setText(getTranslation("profile.changePassword"));
        changePassword.setId("change-password");
        changePassword.addClickListener(e -> changePassword());

        FormLayout profile = new FormLayout(displayName, email, language);
        FormLayout passwords = new FormLayout(currentPassword, newPassword, confirm);
        add(new H1(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")), profile,
                saveProfile, new H2(getTranslation("profile.password.title")), passwords, changePassword);
    }

    void saveProfile() {
        displayName.setInvalid(false);
        try {
            me = accounts.changeDisplayName(displayName.getValue(), me.version());
            boolean languageChanged = !language.getValue().equals(me.language());
            if (languageChanged) {
                me = accounts.changeLanguage(language.getValue());
                UI.getCurrent().getPage().executeJs("document.cookie = $0 + '=' + $1 + "
                        + "'; path=/; max-age=31536000; SameSite=Lax'; window.location.reload();",
                        Languages.COOKIE, me.language().getLanguage());
                return;
            }
            notify("profile.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException e) {
            if ("displayName".equals(e.field())) {
                displayName.setErrorMessage(getTranslation(e.messageKey()));
                displayName.setInvalid(true);
            } else {
                notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            }
        }
    }

    void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        confirm.setInvalid(false);
        if (!newPassword.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirm.clear();
            notify("profile.password.changed", NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException e) {
            PasswordField target = "currentPassword".equals(e.field()) ? currentPassword : newPassword;
            target.setErrorMessage(getTranslation(e.messageKey()));
            target.setInvalid(true);
        }
    }

    private void notify(String key, NotificationVariant variant) {
        Notification n = Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
