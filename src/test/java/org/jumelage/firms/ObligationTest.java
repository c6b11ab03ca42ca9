package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.jumelage.notifications.internal.OutboxRepository;
import org.jumelage.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** Obligations: bad input, who may declare and edit, consumption order, expiry warnings and expiry. */
class ObligationTest extends FirmsTestSupport {

    @Autowired
    OutboxRepository outbox;

    @Test
    void bad_obligations_are_refused_with_a_message_per_field() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        assertThatThrownBy(() -> obligations.declare(firm.id(), obligation(0, today(), today().plusDays(10))))
                .hasMessage("obligation.hours.range");
        assertThatThrownBy(() -> obligations.declare(firm.id(), obligation(10_001, today(), today().plusDays(10))))
                .hasMessage("obligation.hours.range");
        assertThatThrownBy(() -> obligations.declare(firm.id(), obligation(10, today(), today())))
                .hasMessage("obligation.expiry.afterStart");
        assertThatThrownBy(() -> obligations.declare(firm.id(),
                new ObligationCommand(10, " ", today(), today().plusDays(10), Set.of(), Set.of())))
                .isInstanceOfSatisfying(FirmException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("sourceReference", "obligation.source.required"));
        assertThatThrownBy(() -> obligations.declare(firm.id(),
                new ObligationCommand(10, "x".repeat(201), today(), today().plusDays(10), Set.of(), Set.of())))
                .hasMessage("obligation.source.tooLong");
        assertThat(obligations.declare(firm.id(), obligation(10_000, today(), today().plusDays(1))).hoursOwed())
                .isEqualTo(10_000);
    }

    @Test
    void only_members_of_the_firm_declare_and_edit_and_only_until_hours_are_allocated() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = verifiedFirmOf(alex, "Boréal");
        ObligationView declared = obligations.declare(firm.id(), obligation(50, today(), today().plusDays(90)));
        ObligationView edited = obligations.update(declared.id(), obligation(60, today(), today().plusDays(90)),
                declared.version());
        assertThat(edited.hoursOwed()).isEqualTo(60);
        assertThatThrownBy(() -> obligations.update(declared.id(), obligation(70, today(), today().plusDays(90)),
                declared.version())).hasMessage("common.concurrentEdit");

        firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre"), "Autre");
        assertThatThrownBy(() -> obligations.declare(firm.id(), obligation(5, today(), today().plusDays(9))))
                .hasMessage("firm.notFound");
        assertThatThrownBy(() -> obligations.ofFirm(firm.id())).hasMessage("firm.notFound");

        Person olga = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectOf(olga);
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coralie"));
        ledger.allocate(ProviderRef.obligation(declared.id()), project.id(), "s1", 10, key());
        signIn(alex);
        assertThatThrownBy(() -> obligations.update(declared.id(), obligation(80, today(), today().plusDays(90)),
                edited.version())).hasMessage("obligation.locked");
    }

    @Test
    void an_obligation_without_ledger_lines_can_be_cancelled_and_is_no_longer_offered() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(10, today().minusDays(1), today().plusDays(30)));
        ObligationView cancelled = obligations.cancel(o.id(), o.version());
        assertThat(cancelled.status()).isEqualTo(ObligationStatus.CANCELLED);
        assertThat(obligations.forAllocation(firm.id(), today())).isEmpty();
        assertThatThrownBy(() -> obligations.cancel(o.id(), cancelled.version())).hasMessage("obligation.locked");
    }

    @Test
    void hours_are_offered_earliest_expiry_first() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        ObligationView late = obligations.declare(firm.id(), obligation(10, today().minusDays(5), today().plusDays(300)));
        ObligationView soon = obligations.declare(firm.id(), obligation(10, today().minusDays(5), today().plusDays(20)));
        ObligationView future = obligations.declare(firm.id(), obligation(10, today().plusDays(5), today().plusDays(10)));
        ObligationView middle = obligations.declare(firm.id(), obligation(10, today().minusDays(5), today().plusDays(100)));
        assertThat(obligations.forAllocation(firm.id(), today())).extracting(ObligationView::id)
                .containsExactly(soon.id(), middle.id(), late.id());
        assertThat(obligations.ofFirm(firm.id())).extracting(ObligationView::id)
                .containsExactly(future.id(), soon.id(), middle.id(), late.id());
    }

    @Test
    void members_and_coordinators_are_warned_60_30_and_7_days_before_expiry_once_each() {
        Person alex = person(Role.FIRM_MEMBER, Locale.ENGLISH, "Alex");
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        FirmDetails firm = verifiedFirmOf(alex, "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(40, today().minusDays(10), today().plusDays(70)));
        ObligationView allocatedInFull = obligations.declare(firm.id(),
                obligation(5, today().minusDays(10), today().plusDays(70)));
        Person olga = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectOf(olga);
        signIn(coordinator);
        ledger.allocate(ProviderRef.obligation(allocatedInFull.id()), project.id(), "s1", 5, key());
        ledger.allocate(ProviderRef.obligation(o.id()), project.id(), "s2", 15, key());
        signOut();

        obligations.sendExpiryWarnings();
        assertThat(Mailbox.messagesFor(alex.email())).isEmpty();

        for (int[] step : new int[][] {{10, 1}, {30, 2}, {23, 3}}) {
            clock.advance(Duration.ofDays(step[0]));
            obligations.sendExpiryWarnings();
            obligations.sendExpiryWarnings();
            Mailbox.awaitMessages(alex.email(), step[1], Duration.ofSeconds(20));
        }
        clock.advance(Duration.ofDays(3));
        obligations.sendExpiryWarnings();
        // The third warning was the last one: nothing more is queued for the firm member.
        assertThat(outbox.findAll()).filteredOn(m -> m.getRecipient().equalsIgnoreCase(alex.email())).hasSize(3);
        List<MimeMessage> mails = Mailbox.awaitMessages(alex.email(), 3, Duration.ofSeconds(20));
        assertThat(mails).hasSize(3);
        assertThat(Mailbox.text(mails.get(0))).contains(o.sourceReference()).contains("60 days").contains("25");
        assertThat(Mailbox.text(mails.get(2))).contains("7 days");
        List<MimeMessage> toCoordinator = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Mailbox.messagesFor(coordinator.email()).stream()
                        .filter(m -> Mailbox.text(m).contains(o.sourceReference())).toList(), l -> l.size() >= 3);
        assertThat(toCoordinator).hasSize(3);
        assertThat(Mailbox.text(toCoordinator.get(0))).contains("Des obligations pro bono approchent");
        assertThat(Mailbox.messagesFor(coordinator.email()))
                .noneMatch(m -> Mailbox.text(m).contains(allocatedInFull.sourceReference()));
    }

    @Test
    void the_job_expires_the_unallocated_remainder_after_the_expiry_date() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(40, today().minusDays(10), today().plusDays(2)));
        clock.advance(Duration.ofDays(3));
        ledger.expireDue();
        ledger.expireDue();
        signIn(alex);
        ObligationView after = obligations.ofFirm(firm.id()).get(0);
        assertThat(after.id()).isEqualTo(o.id());
        assertThat(after.status()).isEqualTo(ObligationStatus.EXPIRED);
        assertThat(after.balances().expired()).isEqualTo(40);
        assertThat(after.balances().remaining()).isZero();
        assertThat(ledger.lines(ProviderRef.obligation(o.id()))).extracting(LedgerLine::type)
                .containsExactly(EntryType.EXPIRED);
    }
}
