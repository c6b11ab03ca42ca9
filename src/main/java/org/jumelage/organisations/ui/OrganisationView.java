package org.jumelage.organisations.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.InvitationSummary;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationException;
import org.jumelage.organisations.OrganisationMember;
import org.jumelage.organisations.OrganisationService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * "My organisation": a person without one registers it here; a member sees its verification status,
 * edits its profile, and sees its members and pending invitations. Only the administrator invites,
 * revokes and removes (the service checks it; the buttons just follow).
 */
@Route("organisation")
@RolesAllowed(Role.OSBL)
@Menu(title = "nav.organisation", order = 10, icon = "vaadin:building")
public class OrganisationView extends Main implements HasDynamicTitle {

    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    final OrganisationForm form = new OrganisationForm();
    final Button create = new Button();
    final Button save = new Button();
    final Div banner = new Div();
    final Grid<OrganisationMember> members = new Grid<>();
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    final Grid<InvitationSummary> invitations = new Grid<>();
    final Div content = new Div();
    final Div problem = new Div();

    private final transient OrganisationService service;
    private final transient CurrentUser currentUser;
    private OrganisationDetails organisation;

    public OrganisationView(OrganisationService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("page");
        setId("organisation-view");

        create.setText(getTranslation("organisation.create.submit"));
        create.setId("organisation-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> register());
        save.setText(getTranslation("common.save"));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveProfile());

        problem.setId("organisation-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        banner.setId("organisation-status");
        banner.getElement().setAttribute("role", "status");

        members.setId("organisation-members");
        members.setAllRowsVisible(true);
        members.addColumn(OrganisationMember::displayName).setHeader(getTranslation("organisation.members.name"))
                .setAutoWidth(true);
        members.addColumn(OrganisationMember::email).setHeader(getTranslation("organisation.members.email"))
                .setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.administrator() ? "organisation.members.administrator"
                : "organisation.members.member")).setHeader(getTranslation("organisation.members.role"));
        members.addComponentColumn(this::memberActions).setHeader(getTranslation("organisation.members.actions"));

        inviteEmail.setLabel(getTranslation("organisation.invite.email"));
        inviteEmail.setId("invite-email");
        inviteEmail.setMaxLength(254);
        invite.setText(getTranslation("organisation.invite.submit"));
        invite.setId("invite-submit");
        invite.addClickListener(e -> invite());

        invitations.setId("organisation-invitations");
        invitations.setAllRowsVisible(true);
        invitations.addColumn(InvitationSummary::email).setHeader(getTranslation("organisation.invitations.email"))
                .setAutoWidth(true);
        invitations.addColumn(i -> date(i.expiresAt()))
                .setHeader(getTranslation("organisation.invitations.expires")).setAutoWidth(true);
        invitations.addColumn(i -> getTranslation(i.expired() ? "organisation.invitations.expired"
                : "organisation.invitations.pending")).setHeader(getTranslation("organisation.invitations.state"));
        invitations.addComponentColumn(this::invitationActions)
                .setHeader(getTranslation("organisation.invitations.actions"));

        add(new H1(getTranslation("organisation.title")), problem, content);
        render();
    }

    /** Shows the creation form or the organisation, from what the service says now. */
    void render() {
        content.removeAll();
        organisation = service.mine().orElse(null);
        form.clearErrors();
        if (organisation == null) {
            form.setEditable(true);
            content.add(new Paragraph(getTranslation("organisation.create.intro")), form, create);
            return;
        }
        form.show(organisation);
        showBanner();
        boolean administrator = organisation.isAdministrator(currentUser.requireId());
        members.setItems(service.members(organisation.id()));
        invitations.setItems(service.invitations(organisation.id()));
        Component inviting = administrator ? inviteRow()
                : new Paragraph(getTranslation("organisation.invite.administratorOnly"));
        content.add(banner, new H2(getTranslation("organisation.profile.title")), form, save,
                new H2(getTranslation("organisation.members.title")), members,
                new H2(getTranslation("organisation.invitations.title")), inviting, invitations);
    }

    private HorizontalLayout inviteRow() {
        HorizontalLayout row = new HorizontalLayout(inviteEmail, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void showBanner() {
        banner.removeAll();
        String status = organisation.status().name();
        banner.setClassName("notice " + switch (organisation.status()) {
            case VERIFIED -> "notice-success";
            case REJECTED -> "notice-error";
            case PENDING -> "notice-info";
        });
        banner.add(new Paragraph(getTranslation("organisation.banner." + status)));
        if (organisation.rejectionReason() != null && !organisation.rejectionReason().isBlank()
                && organisation.status() != org.jumelage.organisations.VerificationStatus.VERIFIED) {
            Paragraph reason = new Paragraph(getTranslation("organisation.banner.reason") + " ");
            Span text = new Span(organisation.rejectionReason());
            text.setId("organisation-rejection-reason");
            reason.add(text);
            banner.add(reason);
        }
    }

    void register() {
        problem.setVisible(false);
        try {
            service.register(form.profile());
        } catch (OrganisationException e) {
            showProblems(e);
            return;
        }
        notify("organisation.create.done", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void saveProfile() {
        problem.setVisible(false);
        try {
            service.update(organisation.id(), form.profile(), organisation.version());
        } catch (OrganisationException e) {
            showProblems(e);
            return;
        }
        notify("organisation.profile.saved", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void invite() {
        inviteEmail.setInvalid(false);
        try {
            service.invite(organisation.id(), inviteEmail.getValue());
        } catch (OrganisationException e) {
            if ("email".equals(e.field())) {
                inviteEmail.setErrorMessage(getTranslation(e.messageKey()));
                inviteEmail.setInvalid(true);
            } else {
                notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        notify("organisation.invite.sent", NotificationVariant.LUMO_SUCCESS);
        inviteEmail.clear();
        invitations.setItems(service.invitations(organisation.id()));
    }

    private Component memberActions(OrganisationMember member) {
        if (member.administrator() || !organisation.isAdministrator(currentUser.requireId())) {
            return new Span();
        }
        Button remove = new Button(getTranslation("organisation.members.remove"), e -> confirmRemoval(member));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void confirmRemoval(OrganisationMember member) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("organisation.members.remove.title"));
        dialog.setText(getTranslation("organisation.members.remove.text", member.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("organisation.members.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(() -> service.removeMember(organisation.id(), member.userId(),
                organisation.version()), "organisation.members.removed"));
        dialog.open();
    }

    private Component invitationActions(InvitationSummary invitation) {
        if (!organisation.isAdministrator(currentUser.requireId())) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("organisation.invitations.revoke"),
                e -> run(() -> service.revokeInvitation(invitation.id()), "organisation.invitations.revoked"));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            notify(doneKey, NotificationVariant.LUMO_SUCCESS);
        } catch (OrganisationException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    /** Field problems go next to their fields; any other (e.g. a concurrent edit) above the form. */
    private void showProblems(OrganisationException e) {
        List<String> general = e.fieldMessageKeys().isEmpty() ? List.of(e.messageKey())
                : form.showErrors(e.fieldMessageKeys());
        if (!general.isEmpty()) {
            problem.setText(getTranslation(general.get(0)));
            problem.setVisible(true);
        }
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(QUEBEC).format(instant);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " · " + getTranslation("app.name");
    }
}
