package org.jumelage.firms.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jumelage.firms.FirmException;
import org.jumelage.firms.FirmInvitationSummary;
import org.jumelage.firms.FirmMember;
import org.jumelage.firms.FirmMembership;
import org.jumelage.firms.FirmRoster;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * The members and pending invitations of a firm, for its members: invite a colleague by e-mail,
 * cancel an invitation, remove a member or leave. Every member manages (the service checks it and
 * keeps the last member); the panel turns each click into one service call and shows the refusal.
 */
public class FirmMembersPanel extends Div {

    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    final Grid<FirmMember> members = new Grid<>();
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    final Grid<FirmInvitationSummary> invitations = new Grid<>();
    final Paragraph noInvitations = new Paragraph();

    private final transient FirmMembership membership;
    private final String firmId;
    private final Runnable onLeft;
    private FirmRoster roster;

    /** @param onLeft what to do once the signed-in member left the firm (the page no longer applies) */
    public FirmMembersPanel(FirmMembership membership, String firmId, Runnable onLeft) {
        this.membership = membership;
        this.firmId = firmId;
        this.onLeft = onLeft;
        setId("firm-members-panel");

        members.setId("firm-members");
        members.setAllRowsVisible(true);
        members.addColumn(FirmMember::displayName).setHeader(getTranslation("firmmembers.name")).setAutoWidth(true);
        members.addColumn(FirmMember::email).setHeader(getTranslation("firmmembers.email")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.administrator() ? "firmmembers.administrator" : "firmmembers.member"))
                .setHeader(getTranslation("firmmembers.role"));
        members.addComponentColumn(this::memberActions).setHeader(getTranslation("firmmembers.actions"));

        inviteEmail.setLabel(getTranslation("firmmembers.invite.email"));
        inviteEmail.setId("firm-invite-email");
        inviteEmail.setMaxLength(254);
        invite.setText(getTranslation("firmmembers.invite.submit"));
        invite.setId("firm-invite-submit");
        invite.addClickListener(e -> invite());
        HorizontalLayout inviteRow = new HorizontalLayout(inviteEmail, invite);
        inviteRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        invitations.setId("firm-invitations");
        invitations.setAllRowsVisible(true);
        invitations.addColumn(FirmInvitationSummary::email).setHeader(getTranslation("firmmembers.invitations.email"))
                .setAutoWidth(true);
        invitations.addColumn(i -> date(i.expiresAt())).setHeader(getTranslation("firmmembers.invitations.expires"))
                .setAutoWidth(true);
        invitations.addColumn(i -> getTranslation(i.expired() ? "firmmembers.invitations.expired"
                : "firmmembers.invitations.pending")).setHeader(getTranslation("firmmembers.invitations.state"));
        invitations.addComponentColumn(this::invitationActions)
                .setHeader(getTranslation("firmmembers.invitations.actions"));
        noInvitations.setText(getTranslation("firmmembers.invitations.none"));

        add(new H2(getTranslation("firmmembers.title")), new Paragraph(getTranslation("firmmembers.intro")), members,
                inviteRow, new H2(getTranslation("firmmembers.invitations.title")), noInvitations, invitations);
        refresh();
    }

    /** Reads members and invitations again, with the firm version a removal goes back with. */
    void refresh() {
        show(membership.roster(firmId));
    }

    private void show(FirmRoster current) {
        roster = current;
        members.setItems(current.members());
        invitations.setItems(current.invitations());
        invitations.setVisible(!current.invitations().isEmpty());
        noInvitations.setVisible(current.invitations().isEmpty());
    }

    void invite() {
        inviteEmail.setInvalid(false);
        try {
            membership.invite(firmId, inviteEmail.getValue());
        } catch (FirmException e) {
            if ("email".equals(e.field())) {
                inviteEmail.setErrorMessage(getTranslation(e.messageKey()));
                inviteEmail.setInvalid(true);
            } else {
                notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        notify("firmmembers.invite.sent", NotificationVariant.LUMO_SUCCESS);
        inviteEmail.clear();
        refresh();
    }

    /** Removes a member with the version read; refusals (last member, concurrent change) are shown. */
    void remove(FirmMember member) {
        boolean leaving = member.userId().equals(roster.viewerId());
        try {
            FirmRoster after = membership.removeMember(firmId, member.userId(), roster.version());
            notify(leaving ? "firmmembers.left" : "firmmembers.removed", NotificationVariant.LUMO_SUCCESS);
            if (leaving) {
                onLeft.run();
                return;
            }
            show(after);
        } catch (FirmException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    void revoke(FirmInvitationSummary invitation) {
        try {
            membership.revokeInvitation(invitation.id());
            notify("firmmembers.invitations.revoked", NotificationVariant.LUMO_SUCCESS);
        } catch (FirmException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private Component memberActions(FirmMember member) {
        boolean me = member.userId().equals(roster.viewerId());
        Button remove = new Button(getTranslation(me ? "firmmembers.leave" : "firmmembers.remove"),
                e -> confirmRemoval(member, me));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.addClassName("firm-member-remove");
        return remove;
    }

    private void confirmRemoval(FirmMember member, boolean me) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(me ? "firmmembers.leave.title" : "firmmembers.remove.title"));
        dialog.setText(me ? getTranslation("firmmembers.leave.text")
                : getTranslation("firmmembers.remove.text", member.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(me ? "firmmembers.leave" : "firmmembers.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(member));
        dialog.open();
    }

    private Component invitationActions(FirmInvitationSummary invitation) {
        Button revoke = new Button(getTranslation("firmmembers.invitations.revoke"), e -> revoke(invitation));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(QUEBEC).format(instant);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
