package org.jumelage.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.accounts.SystemActor;
import org.jumelage.shared.audit.internal.AuditRecord;
import org.jumelage.shared.audit.internal.AuditRecordRepository;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail itself: who and when it records, what it refuses to offer, retention and reading. */
class AuditTrailTest extends IntegrationTestBase {

    @Autowired
    AuditTrail audit;
    @Autowired
    SystemActor system;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MongoTemplate mongo;

    AuditEntries entries;
    String target;

    @BeforeEach
    void setUp() {
        entries = new AuditEntries(mongo);
        target = "target-" + UUID.randomUUID();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String signIn(Role role, String name) {
        String email = accounts.create(role, Locale.FRENCH, name);
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return accounts.idOf(email);
    }

    @Test
    void an_entry_names_the_signed_in_person_as_called_then_at_the_time_of_the_clock() {
        String id = signIn(Role.COORDINATOR, "Nadia Coordination");
        clock.advance(Duration.ofHours(5));
        // The test clock runs with real time (five hours ahead): the entry is stamped between these two readings.
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        audit.record(AuditAction.PROJECT_APPROVED, AuditTarget.PROJECT, target);
        Instant after = clock.instant();

        assertThat(entries.of(AuditAction.PROJECT_APPROVED, target)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(id);
            assertThat(e.actorName()).isEqualTo("Nadia Coordination");
            assertThat(e.at()).isBetween(before, after);
            assertThat(e.targetKind()).isEqualTo(AuditTarget.PROJECT);
            assertThat(e.id()).isNotBlank();
        });
    }

    @Test
    void steps_of_the_platform_and_jobs_without_anyone_signed_in_are_recorded_as_the_system() {
        signIn(Role.OSBL_MEMBER, "Olga Organisme");
        system.run(() -> audit.record(AuditAction.UNVERIFIED_ACCOUNT_REMOVED, AuditTarget.ACCOUNT, target));
        SecurityContextHolder.clearContext();
        audit.record(AuditAction.ACCOUNT_ANONYMISED, AuditTarget.ACCOUNT, target);

        assertThat(entries.on(target)).hasSize(2).allSatisfy(e -> {
            assertThat(e.bySystem()).isTrue();
            assertThat(e.actorName()).isEmpty();
        });
    }

    @Test
    void the_detail_is_kept_short_and_free_of_control_characters() {
        audit.record(AuditAction.CONSENT_CHANGED, AuditTarget.ACCOUNT, target, "a\u0000b\nc" + "x".repeat(500));
        assertThat(entries.on(target)).singleElement().satisfies(e -> {
            assertThat(e.detail()).startsWith("a b c").hasSize(AuditTrail.MAX_DETAIL);
        });
    }

    @Test
    void nothing_offers_to_change_or_delete_an_entry() {
        List<String> repositoryMethods = Arrays.stream(AuditRecordRepository.class.getMethods()).map(Method::getName)
                .toList();
        assertThat(repositoryMethods).containsExactlyInAnyOrder("insert", "findById");

        List<String> trailMethods = Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct().toList();
        assertThat(trailMethods).containsExactlyInAnyOrder("record", "search", "count", "removeExpired",
                "currentActor");

        assertThat(AuditRecord.class.getDeclaredFields()).filteredOn(f -> !Modifier.isStatic(f.getModifiers()))
                .allSatisfy(f -> assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue());
        assertThat(AuditRecord.class.getDeclaredMethods()).noneSatisfy(m -> assertThat(m.getName()).startsWith("set"));
    }

    @Test
    void retention_removes_entries_older_than_two_years_and_keeps_the_rest() {
        audit.record(AuditAction.SIGN_IN_FAILED, AuditTarget.SIGN_IN_ADDRESS, target);
        clock.advance(Duration.ofDays(365));
        audit.record(AuditAction.SIGN_IN_FAILED, AuditTarget.SIGN_IN_ADDRESS, target);
        clock.advance(Duration.ofDays(366));

        signIn(Role.COORDINATOR, "Nadia Coordination");
        assertThat(audit.removeExpired()).isPositive();

        assertThat(entries.on(target)).singleElement()
                .satisfies(e -> assertThat(e.at()).isAfter(clock.instant().minus(Duration.ofDays(730))));
    }

    @Test
    void administrators_list_entries_newest_first_filtered_by_period_action_actor_and_target() {
        String adminId = signIn(Role.ADMIN, "Adèle Administratrice");
        Instant start = clock.instant();
        audit.record(AuditAction.ROLES_CHANGED, AuditTarget.ACCOUNT, target, "ADMIN");
        clock.advance(Duration.ofMinutes(1));
        audit.record(AuditAction.ACCOUNT_DISABLED, AuditTarget.ACCOUNT, target);
        clock.advance(Duration.ofMinutes(1));
        audit.record(AuditAction.ACCOUNT_ENABLED, AuditTarget.ACCOUNT, target);

        assertThat(audit.search(new AuditFilter(null, null, null, null, target), 0, 10))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_DISABLED, AuditAction.ROLES_CHANGED);
        assertThat(audit.count(new AuditFilter(null, null, null, null, target))).isEqualTo(3);
        assertThat(audit.search(new AuditFilter(null, null, AuditAction.ACCOUNT_DISABLED, null, " " + target + " "), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.actorId()).isEqualTo(adminId));
        assertThat(audit.search(new AuditFilter(start.plusSeconds(30), start.plusSeconds(90), null, null, target), 0, 10))
                .extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_DISABLED);
        assertThat(audit.count(new AuditFilter(null, null, null, "ADELE administ", target))).isEqualTo(3);
        assertThat(audit.count(new AuditFilter(null, null, null, "quelqu’un d’autre", target))).isZero();
        assertThat(audit.search(new AuditFilter(null, null, null, null, target), 1, 1))
                .extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_DISABLED);
    }

    @Test
    void coordinators_cannot_read_the_log() {
        signIn(Role.COORDINATOR, "Nadia Coordination");
        assertThatThrownBy(() -> audit.search(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
