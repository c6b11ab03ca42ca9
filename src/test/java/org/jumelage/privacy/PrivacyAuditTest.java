package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.RegistrationCommand;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.SystemActor;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The privacy feature's entries in the audit log: a person's data download and anonymisation, the
 * incident register, and the retention rules, which also expire the log's own old entries.
 */
class PrivacyAuditTest extends OrganisationsTestSupport {

    @Autowired
    MyData myData;
    @Autowired
    Erasure erasure;
    @Autowired
    IncidentRegister incidents;
    @Autowired
    RetentionRules retention;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemActor system;
    @Autowired
    MongoTemplate mongo;

    AuditEntries entries;

    @BeforeEach
    void setUp() {
        entries = new AuditEntries(mongo);
    }

    @Test
    void a_data_download_and_an_anonymisation_are_recorded_then_show_only_the_pseudonym() {
        Person person = person(Role.VOLUNTEER, Locale.FRENCH, "Léa Bergeron");
        signIn(person);
        myData.exportJson();
        assertThat(entries.of(AuditAction.PERSONAL_DATA_EXPORTED, person.id())).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(person.id()));

        assertThatThrownBy(() -> erasure.anonymiseMe("pas le mot de passe")).isInstanceOf(AccountException.class);
        assertThat(entries.of(AuditAction.ACCOUNT_ANONYMISED, person.id())).isEmpty();

        erasure.anonymiseMe(TestAccounts.PASSWORD);
        // Both entries stay, by the same account, under its pseudonym: the name is gone from the log too.
        assertThat(entries.of(AuditAction.ACCOUNT_ANONYMISED, person.id())).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(person.id());
            assertThat(e.actorName()).startsWith("Personne anonymisée ").doesNotContain("Bergeron");
        });
        assertThat(entries.of(AuditAction.PERSONAL_DATA_EXPORTED, person.id())).singleElement()
                .satisfies(e -> assertThat(e.actorName()).startsWith("Personne anonymisée ").doesNotContain("Bergeron"));
    }

    @Test
    void entering_and_completing_an_incident_are_recorded() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Nadia Coordination");
        signIn(coordinator);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Toronto")));
        IncidentCommand lost = new IncidentCommand(today.minusDays(3), today.minusDays(1), "Portable perdu",
                "Noms et courriels de bénévoles", 42, false, null, null, null, "Mots de passe changés");
        IncidentView entered = incidents.record(lost);
        incidents.update(entered.id(), lost, entered.version());

        assertThat(entries.on(entered.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.INCIDENT_RECORDED, AuditAction.INCIDENT_UPDATED);
        assertThat(entries.on(entered.id())).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(coordinator.id()));
    }

    @Test
    void the_retention_job_records_removed_accounts_as_the_platform_and_expires_entries_past_two_years() {
        String email = "jamais-" + UUID.randomUUID() + "@exemple.org";
        accounts.register(new RegistrationCommand(email, "Jamais Vérifié", "Une phrase de passe solide",
                Languages.FRENCH, AccountType.VOLUNTEER, ConsentPurpose.requiredOnes()));
        Mailbox.awaitOne(email);
        String id = accounts.findByEmail(email).orElseThrow().id();

        clock.advance(Duration.ofDays(31));
        system.call(retention::apply);
        assertThat(entries.of(AuditAction.UNVERIFIED_ACCOUNT_REMOVED, id)).singleElement()
                .satisfies(e -> assertThat(e.bySystem()).isTrue());

        clock.advance(Duration.ofDays(730));
        assertThat(system.call(retention::apply).auditEntriesExpired()).isPositive();
        assertThat(entries.of(AuditAction.UNVERIFIED_ACCOUNT_REMOVED, id)).isEmpty();
    }
}
