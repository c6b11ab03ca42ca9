package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;

/** A coordinator's decision on a firm reaches each of its members by e-mail, in their own language. */
class FirmDecisionMailTest extends FirmsTestSupport {

    @Test
    void a_rejection_mails_the_reason_to_every_member_in_their_language_and_a_verification_follows() throws Exception {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme Décision");
        Person jordan = person(Role.FIRM_MEMBER, Languages.ENGLISH, "Jordan");
        membership.invite(firm.id(), jordan.email());
        String token = FirmMembershipTest.firmToken(Mailbox.awaitOne(jordan.email()));
        signIn(jordan);
        membership.acceptInvitation(token);
        Person coordinator = person(Role.COORDINATOR, Languages.FRENCH, "Coralie");
        signIn(coordinator);
        FirmDetails current = firmReview.get(firm.id());

        FirmDetails rejected = firmReview.reject(firm.id(), "Le NEQ ne correspond à aucune entreprise active.",
                current.version());

        MimeMessage toAlex = Mailbox.awaitOne(alex.email());
        assertThat(toAlex.getSubject()).isEqualTo("Vérification de votre entreprise sur Jumelage");
        assertThat(Mailbox.text(toAlex)).contains("Bonjour Alex,", "n’a pas pu vérifier votre entreprise",
                firm.profile().name(), "Le NEQ ne correspond à aucune entreprise active.", "/firm");
        List<MimeMessage> toJordan = Mailbox.awaitMessages(jordan.email(), 2, Duration.ofSeconds(20));
        MimeMessage rejection = toJordan.get(1);
        assertThat(rejection.getSubject()).isEqualTo("Verification of your firm on Jumelage");
        assertThat(Mailbox.text(rejection)).contains("Hello Jordan,", "could not verify your firm", "Reason:",
                "Le NEQ ne correspond à aucune entreprise active.");
        assertThat(Mailbox.html(rejection)).contains("Le NEQ ne correspond");

        firmReview.verify(firm.id(), rejected.version());

        MimeMessage verified = Mailbox.awaitMessages(alex.email(), 2, Duration.ofSeconds(20)).get(1);
        assertThat(Mailbox.text(verified)).contains("a vérifié votre entreprise").doesNotContain("Motif");
        assertThat(Mailbox.text(Mailbox.awaitMessages(jordan.email(), 3, Duration.ofSeconds(20)).get(2)))
                .contains("verified your firm");
    }

    @Test
    void a_refused_decision_sends_nothing() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme Sans Motif");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));

        assertThatThrownBy(() -> firmReview.reject(firm.id(), "  ", firm.version()))
                .hasMessage("firm.review.reasonRequired");
        assertThatThrownBy(() -> firmReview.verify(firm.id(), firm.version() + 1)).hasMessage("common.concurrentEdit");
        assertThat(firmReview.get(firm.id()).status()).isEqualTo(FirmStatus.PENDING);
        firmReview.verify(firm.id(), firm.version());
        // The verification mail is the only one: the refused attempts queued nothing.
        Mailbox.awaitOne(alex.email());
        assertThat(Mailbox.messagesFor(alex.email())).hasSize(1);
    }
}
