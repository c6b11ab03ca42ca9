package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Firm members invite colleagues by e-mail (through the outbox and GreenMail), and remove members. */
@RecordApplicationEvents
class FirmMembershipTest extends FirmsTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void an_invitee_with_an_account_gets_the_mail_in_their_language_and_joins_through_its_link() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex Gagnon");
        FirmDetails firm = firmOf(alex, "Boréal IA");
        Person jordan = person(Role.FIRM_MEMBER, Languages.ENGLISH, "Jordan");

        membership.invite(firm.id(), jordan.email().toUpperCase());

        MimeMessage mail = Mailbox.awaitOne(jordan.email());
        assertThat(subject(mail)).isEqualTo("Invitation to join your firm on Jumelage");
        assertThat(Mailbox.text(mail)).contains("Hello Jordan,", "Alex Gagnon invites you to join the firm",
                firm.profile().name(), "valid for 7 days");
        String token = firmToken(mail);
        signOut();
        assertThat(membership.previewInvitation(token)).hasValueSatisfying(p -> {
            assertThat(p.holderName()).isEqualTo(firm.profile().name());
            assertThat(p.inviterName()).isEqualTo("Alex Gagnon");
            assertThat(p.state()).isEqualTo(InvitationPreview.State.VALID);
        });

        signIn(jordan);
        FirmSummary joined = membership.acceptInvitation(token);

        assertThat(joined.id()).isEqualTo(firm.id());
        assertThat(firmDirectory.ofMember(jordan.id())).map(FirmSummary::id).contains(firm.id());
        FirmRoster roster = membership.roster(firm.id());
        assertThat(roster.members()).extracting(FirmMember::userId).containsExactly(alex.id(), jordan.id());
        assertThat(roster.invitations()).isEmpty();
        assertThat(events.stream(FirmMemberJoined.class)).contains(new FirmMemberJoined(firm.id(), jordan.id()));
        assertThatThrownBy(() -> membership.acceptInvitation(token)).hasMessage("firminvitation.used");
    }

    @Test
    void an_invitation_to_an_address_without_account_is_written_in_the_inviter_s_language() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Languages.FRENCH, "Camille"), "Firme Tournesol");
        String stranger = "nouvelle-" + System.nanoTime() + "@exemple.org";

        membership.invite(firm.id(), stranger);

        MimeMessage mail = Mailbox.awaitOne(stranger);
        assertThat(subject(mail)).isEqualTo("Invitation à rejoindre votre entreprise sur Jumelage");
        assertThat(Mailbox.text(mail)).startsWith("Bonjour,").contains("Camille vous invite", "valable 7 jours");
    }

    @Test
    void bad_addresses_and_existing_members_are_refused_next_to_the_field() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme exigeante");
        assertThatThrownBy(() -> membership.invite(firm.id(), " ")).isInstanceOfSatisfying(FirmException.class,
                e -> assertThat(e.field()).isEqualTo("email")).hasMessage("validation.email.required");
        assertThatThrownBy(() -> membership.invite(firm.id(), "pas-une-adresse"))
                .hasMessage("validation.email.invalid");
        assertThatThrownBy(() -> membership.invite(firm.id(), alex.email()))
                .hasMessage("firm.invitation.alreadyMember");
        assertThat(membership.roster(firm.id()).invitations()).isEmpty();
    }

    @Test
    void an_invitation_expires_after_seven_days_and_a_revoked_or_replaced_link_no_longer_works() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme prudente");
        Person jordan = person(Role.FIRM_MEMBER, Languages.FRENCH, "Jordan");
        FirmInvitationSummary first = membership.invite(firm.id(), jordan.email());
        String firstToken = firmToken(Mailbox.awaitOne(jordan.email()));
        membership.revokeInvitation(first.id());
        assertThat(membership.roster(firm.id()).invitations()).isEmpty();
        assertThatThrownBy(() -> membership.revokeInvitation(first.id())).hasMessage("firminvitation.used");

        membership.invite(firm.id(), jordan.email());
        String secondToken = firmToken(Mailbox.awaitMessages(jordan.email(), 2, Duration.ofSeconds(20)).get(1));
        membership.invite(firm.id(), jordan.email());
        String thirdToken = firmToken(Mailbox.awaitMessages(jordan.email(), 3, Duration.ofSeconds(20)).get(2));
        assertThat(membership.roster(firm.id()).invitations()).hasSize(1);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(membership.roster(firm.id()).invitations()).singleElement()
                .satisfies(i -> assertThat(i.expired()).isTrue());
        signIn(jordan);
        assertThatThrownBy(() -> membership.acceptInvitation(firstToken)).hasMessage("firminvitation.revoked");
        assertThatThrownBy(() -> membership.acceptInvitation(secondToken)).hasMessage("firminvitation.revoked");
        assertThatThrownBy(() -> membership.acceptInvitation(thirdToken)).hasMessage("firminvitation.expired");
        assertThatThrownBy(() -> membership.acceptInvitation("nonsense")).hasMessage("firminvitation.invalid");
        assertThat(firmDirectory.ofMember(jordan.id())).isEmpty();
    }

    @Test
    void only_the_invited_address_with_a_firm_account_free_of_any_firm_can_accept() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme sélective");
        Person osbl = person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga");
        Person jordan = person(Role.FIRM_MEMBER, Languages.FRENCH, "Jordan");
        Person busy = person(Role.FIRM_MEMBER, Languages.FRENCH, "Occupée");
        firmOf(busy, "Autre firme");
        signIn(alex);
        String osblToken = invitedToFirm(firm, osbl);
        String jordanToken = invitedToFirm(firm, jordan);
        String busyToken = invitedToFirm(firm, busy);

        signIn(osbl);
        assertThatThrownBy(() -> membership.acceptInvitation(osblToken)).hasMessage("firminvitation.notFirmAccount");
        assertThatThrownBy(() -> membership.acceptInvitation(jordanToken)).hasMessage("firminvitation.otherAddress");
        signIn(busy);
        assertThatThrownBy(() -> membership.acceptInvitation(busyToken)).hasMessage("firm.alreadyMember");
        signIn(alex);
        assertThat(membership.roster(firm.id()).members()).extracting(FirmMember::userId).containsExactly(alex.id());
    }

    @Test
    void any_member_removes_a_colleague_but_never_the_last_member_and_never_with_a_stale_version() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme solidaire");
        assertThatThrownBy(() -> membership.removeMember(firm.id(), alex.id(), membership.roster(firm.id()).version()))
                .hasMessage("firm.members.lastMember");
        Person jordan = joined(alex, firm, "Jordan");
        Person sam = joined(alex, firm, "Sam");

        signIn(jordan);
        FirmRoster before = membership.roster(firm.id());
        assertThat(before.viewerId()).isEqualTo(jordan.id());
        assertThatThrownBy(() -> membership.removeMember(firm.id(), sam.id(), before.version() - 1))
                .hasMessage("common.concurrentEdit");
        assertThatThrownBy(() -> membership.removeMember(firm.id(), person(Role.FIRM_MEMBER, Languages.FRENCH,
                "Inconnu").id(), before.version())).hasMessage("firm.members.notMember");
        // A member (not the administrator) removes the administrator: the next member takes over.
        FirmRoster after = membership.removeMember(firm.id(), alex.id(), before.version());
        assertThat(after.members()).extracting(FirmMember::userId).containsExactly(jordan.id(), sam.id());
        assertThat(after.members().get(0).administrator()).isTrue();
        assertThat(events.stream(FirmMemberRemoved.class)).contains(new FirmMemberRemoved(firm.id(), alex.id()));

        signIn(alex);
        assertThatThrownBy(() -> membership.roster(firm.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> firms.get(firm.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> membership.invite(firm.id(), "x@exemple.org")).hasMessage("firm.notFound");

        signIn(sam);
        FirmRoster leaving = membership.removeMember(firm.id(), sam.id(), after.version());
        assertThat(leaving.members()).extracting(FirmMember::userId).containsExactly(jordan.id());
        signIn(jordan);
        assertThatThrownBy(() -> membership.removeMember(firm.id(), jordan.id(), leaving.version()))
                .hasMessage("firm.members.lastMember");
    }

    @Test
    void outsiders_cannot_manage_and_coordinators_only_read() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme gardée");
        FirmInvitationSummary pending = membership.invite(firm.id(), "quelquun-" + System.nanoTime() + "@exemple.org");
        long version = membership.roster(firm.id()).version();

        Person outsider = person(Role.FIRM_MEMBER, Languages.FRENCH, "Autre");
        firmOf(outsider, "Firme voisine");
        assertThatThrownBy(() -> membership.roster(firm.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> membership.invite(firm.id(), "x@exemple.org")).hasMessage("firm.notFound");
        assertThatThrownBy(() -> membership.revokeInvitation(pending.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> membership.removeMember(firm.id(), alex.id(), version)).hasMessage("firm.notFound");

        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga"));
        assertThatThrownBy(() -> membership.invite(firm.id(), "x@exemple.org"))
                .isInstanceOf(AccessDeniedException.class);

        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        assertThat(membership.roster(firm.id()).invitations()).extracting(FirmInvitationSummary::id)
                .containsExactly(pending.id());
        assertThatThrownBy(() -> membership.removeMember(firm.id(), alex.id(), version))
                .isInstanceOf(AccessDeniedException.class);
        signIn(alex);
        assertThat(membership.roster(firm.id()).members()).extracting(FirmMember::userId).containsExactly(alex.id());
    }

    /** A colleague invited by the member and joined through the mailed link; the member is signed in again. */
    private Person joined(Person member, FirmDetails firm, String name) {
        Person colleague = person(Role.FIRM_MEMBER, Languages.FRENCH, name);
        signIn(member);
        membership.invite(firm.id(), colleague.email());
        String token = firmToken(Mailbox.awaitOne(colleague.email()));
        signIn(colleague);
        membership.acceptInvitation(token);
        signIn(member);
        return colleague;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
