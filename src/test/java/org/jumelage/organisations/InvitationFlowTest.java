package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Inviting a colleague by e-mail, through the outbox and GreenMail, and what the link lets them do. */
@RecordApplicationEvents
class InvitationFlowTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void an_invitee_with_an_account_gets_the_mail_in_their_language_and_joins_through_its_link() throws Exception {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille Tremblay");
        OrganisationDetails organisation = registered(camille, "Centre d’entraide La Passerelle");
        Person jordan = person(Role.OSBL_MEMBER, Languages.ENGLISH, "Jordan");

        service.invite(organisation.id(), jordan.email().toUpperCase());

        MimeMessage mail = Mailbox.awaitOne(jordan.email());
        assertThat(mail.getSubject()).isEqualTo("Invitation to join your organisation on Jumelage");
        assertThat(Mailbox.text(mail)).contains("Hello Jordan,", "Camille Tremblay invites you to join",
                "Centre d’entraide La Passerelle", "valid for 7 days");
        assertThat(Mailbox.html(mail)).contains("Centre d’entraide La Passerelle");
        String token = invitationToken(mail);
        signOut();
        Optional<InvitationPreview> preview = service.previewInvitation(token);
        assertThat(preview).hasValueSatisfying(p -> {
            assertThat(p.holderName()).isEqualTo("Centre d’entraide La Passerelle");
            assertThat(p.inviterName()).isEqualTo("Camille Tremblay");
            assertThat(p.state()).isEqualTo(InvitationPreview.State.VALID);
        });

        signIn(jordan);
        OrganisationSummary joined = service.acceptInvitation(token);

        assertThat(joined.id()).isEqualTo(organisation.id());
        assertThat(directory.ofMember(jordan.id())).map(OrganisationSummary::id).contains(organisation.id());
        assertThat(service.members(organisation.id())).extracting(OrganisationMember::userId)
                .containsExactly(camille.id(), jordan.id());
        assertThat(service.invitations(organisation.id())).isEmpty();
        assertThat(events.stream(OrganisationMemberJoined.class))
                .contains(new OrganisationMemberJoined(organisation.id(), jordan.id()));
    }

    @Test
    void an_invitation_to_an_address_without_account_is_written_in_the_inviter_s_language() throws Exception {
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                "Carrefour Le Tournesol");
        String stranger = "nouvelle-" + System.nanoTime() + "@exemple.org";

        service.invite(organisation.id(), stranger);

        MimeMessage mail = Mailbox.awaitOne(stranger);
        assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre votre organisme sur Jumelage");
        assertThat(Mailbox.text(mail)).startsWith("Bonjour,").contains("Camille vous invite",
                "Carrefour Le Tournesol", "valable 7 jours");
    }

    @Test
    void an_invitation_link_works_only_once() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails organisation = registered(camille, "Organisme à usage unique");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        String token = invited(organisation, jordan);
        signIn(jordan);
        service.acceptInvitation(token);

        assertThatThrownBy(() -> service.acceptInvitation(token)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.used");
        assertThat(service.previewInvitation(token)).map(InvitationPreview::state)
                .contains(InvitationPreview.State.USED);
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                "Organisme pressé");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        String token = invited(organisation, jordan);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(service.previewInvitation(token)).map(InvitationPreview::state)
                .contains(InvitationPreview.State.VALID);
        clock.advance(Duration.ofMinutes(2));
        assertThat(service.previewInvitation(token)).map(InvitationPreview::state)
                .contains(InvitationPreview.State.EXPIRED);
        assertThat(service.invitations(organisation.id())).singleElement()
                .satisfies(i -> assertThat(i.expired()).isTrue());
        signIn(jordan);
        assertThatThrownBy(() -> service.acceptInvitation(token)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.expired");
        assertThat(directory.ofMember(jordan.id())).isEmpty();
    }

    @Test
    void a_revoked_invitation_no_longer_works_and_a_new_invitation_replaces_the_old_link() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails organisation = registered(camille, "Organisme prudent");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        InvitationSummary first = service.invite(organisation.id(), jordan.email());
        String firstToken = invitationToken(Mailbox.awaitOne(jordan.email()));

        service.revokeInvitation(first.id());
        assertThat(service.invitations(organisation.id())).isEmpty();
        service.invite(organisation.id(), jordan.email());
        String secondToken = invitationToken(Mailbox.awaitMessages(jordan.email(), 2, Duration.ofSeconds(20)).get(1));
        service.invite(organisation.id(), jordan.email());
        String thirdToken = invitationToken(Mailbox.awaitMessages(jordan.email(), 3, Duration.ofSeconds(20)).get(2));
        assertThat(service.invitations(organisation.id())).hasSize(1);

        signIn(jordan);
        assertThatThrownBy(() -> service.acceptInvitation(firstToken)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.revoked");
        assertThatThrownBy(() -> service.acceptInvitation(secondToken)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.revoked");
        assertThat(service.acceptInvitation(thirdToken).id()).isEqualTo(organisation.id());
    }

    @Test
    void only_the_invited_address_with_an_osbl_account_free_of_any_organisation_can_accept() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails organisation = registered(camille, "Organisme exigeant");
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Vera");
        String volunteerToken = invited(organisation, volunteer);
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        String jordanToken = invited(organisation, jordan);
        Person busy = person(Role.OSBL_MEMBER, Languages.FRENCH, "Occupée");
        registered(busy, "Autre organisme");
        signIn(camille);
        String busyToken = invited(organisation, busy);

        signIn(volunteer);
        assertThatThrownBy(() -> service.acceptInvitation(volunteerToken)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.notOsblAccount");
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Autre adresse"));
        assertThatThrownBy(() -> service.acceptInvitation(jordanToken)).isInstanceOf(OrganisationException.class)
                .hasMessage("invitation.otherAddress");
        signIn(busy);
        assertThatThrownBy(() -> service.acceptInvitation(busyToken)).isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.alreadyMember");
        signIn(jordan);
        assertThat(service.acceptInvitation(jordanToken).id()).isEqualTo(organisation.id());
        signIn(camille);
        assertThat(service.get(organisation.id()).memberIds()).containsExactly(camille.id(), jordan.id());
    }

    @Test
    void only_the_administrator_invites_and_removes_members_and_cannot_be_removed() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails organisation = registered(camille, "Organisme hiérarchique");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        String token = invited(organisation, jordan);
        signIn(jordan);
        service.acceptInvitation(token);

        OrganisationDetails seenByJordan = service.get(organisation.id());
        assertThatThrownBy(() -> service.invite(organisation.id(), "autre@exemple.org"))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.administratorOnly");
        assertThatThrownBy(() -> service.removeMember(organisation.id(), camille.id(), seenByJordan.version()))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.administratorOnly");
        assertThat(service.update(organisation.id(), with(seenByJordan.profile(), "city", "Alma"),
                seenByJordan.version()).city()).isEqualTo("Alma");

        signIn(camille);
        OrganisationDetails current = service.get(organisation.id());
        assertThatThrownBy(() -> service.invite(organisation.id(), jordan.email()))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.invitation.alreadyMember");
        assertThatThrownBy(() -> service.removeMember(organisation.id(), camille.id(), current.version()))
                .isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.members.cannotRemoveAdministrator");
        OrganisationDetails after = service.removeMember(organisation.id(), jordan.id(), current.version());
        assertThat(after.memberIds()).containsExactly(camille.id());
        assertThat(directory.ofMember(jordan.id())).isEmpty();
        assertThat(events.stream(OrganisationMemberRemoved.class))
                .contains(new OrganisationMemberRemoved(organisation.id(), jordan.id()));
    }

    @Test
    void a_malformed_address_is_refused_on_the_email_field_and_nothing_is_sent() {
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                "Organisme soigneux");
        assertThatThrownBy(() -> service.invite(organisation.id(), "pas une adresse"))
                .isInstanceOfSatisfying(OrganisationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("validation.email.invalid");
                });
        assertThat(service.invitations(organisation.id())).isEmpty();
        assertThat(service.previewInvitation("not-a-token")).isEmpty();
    }
}
