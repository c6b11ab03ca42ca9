package org.jumelage.accounts.ui;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountAdministration;
import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Administrators list and search accounts, change roles, disable and re-enable accounts. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(title = "nav.admin.users", order = 80, icon = "vaadin:users")
public class UsersAdminView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<UserSummary> grid = new Grid<>();

    private final transient AccountAdministration administration;

    public UsersAdminView(AccountAdministration administration) {
        this.administration = administration;
        addClassName("page");
        setId("users-admin-view");

        search.setLabel(getTranslation("admin.users.search"));
        search.setId("user-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.setId("users-grid");
        grid.addColumn(UserSummary::email).setHeader(getTranslation("admin.users.email")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles"));
        grid.addColumn(u -> getTranslation(status(u))).setHeader(getTranslation("admin.users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        grid.setItems(query -> administration.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.count(search.getValue()));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");

        add(new H1(getTranslation("admin.users.title")), search, grid);
    }

    private static String status(UserSummary u) {
        if (!u.enabled()) {
            return "admin.users.status.disabled";
        }
        return u.emailVerified() ? "admin.users.status.active" : "admin.users.status.unverified";
    }

    private Span actions(UserSummary user) {
        Button roles = new Button(getTranslation("admin.users.editRoles"), e -> editRoles(user));
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(getTranslation(user.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> run(() -> administration.setEnabled(user.id(), !user.enabled(), user.version())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL,
                user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return new Span(roles, toggle);
    }

    void editRoles(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.rolesOf", user.displayName()));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setId("roles-editor");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        roles.setValue(user.roles());
        Button save = new Button(getTranslation("common.save"), e -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            try {
                administration.changeRoles(user.id(), chosen, user.version());
                dialog.close();
                grid.getDataProvider().refreshAll();
                notify("admin.users.saved", NotificationVariant.LUMO_SUCCESS);
            } catch (AccountException ex) {
                roles.setErrorMessage(getTranslation(ex.messageKey()));
                roles.setInvalid(true);
            }
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(roles);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            notify("admin.users.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.name");
    }
}
