package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.support.Hostile;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Refusals;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Entries of the confidentiality incident register under hostile input: stored as typed or refused with
 * messages in both languages and nothing stored or changed.
 */
class HostileIncidentInputProperties extends IntegrationTestBase {

    @Autowired
    IncidentRegister register;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    private static Arbitrary<IncidentCommand> commands() {
        Arbitrary<LocalDate> days = Arbitraries.oneOf(Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).injectNull(0.3),
                Arbitraries.integers().between(-4_000, 4_000).map(n -> LocalDate.of(2026, 6, 1).plusDays(n)));
        Arbitrary<List<String>> texts = Combinators.combine(mostly("Courriel envoyé au mauvais destinataire", Hostile.any()),
                mostly("Noms et adresses", Hostile.any()), mostly("", Hostile.any()), mostly("Rappel", Hostile.any()))
                .as(java.util.Arrays::asList);
        return Combinators.combine(days, days, texts, Hostile.integers(), Arbitraries.of(true, false), days, days)
                .as((occurred, discovered, t, persons, risk, commission, notified) -> new IncidentCommand(occurred,
                        discovered, t.get(0), t.get(1), persons, risk, t.get(2), commission, notified, t.get(3)));
    }

    @Test
    void a_hostile_incident_is_stored_as_typed_or_refused_and_leaves_nothing() {
        String email = testAccounts.create(Role.COORDINATOR, Locale.FRENCH, "Responsable des incidents");
        String me = testAccounts.idOf(email);
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        Query mine = Query.query(Criteria.where("recordedBy").is(me));
        IncidentView existing = register.record(new IncidentCommand(null, LocalDate.of(2026, 5, 1), "Perte d’une clé",
                "Liste de bénévoles", 12, false, "", null, null, "Clé désactivée"));
        Hostile.forAll("incident", 100, commands(), command -> {
            long before = mongo.count(mine, "privacy_incidents");
            var recorded = Refusals.attempt(() -> register.record(command));
            long after = mongo.count(mine, "privacy_incidents");
            if (recorded.accepted()) {
                assertThat(after).isEqualTo(before + 1);
                assertStoredAsTyped(find(recorded.value().id()), command);
            } else {
                assertThat(after).isEqualTo(before);
            }
            IncidentView current = find(existing.id());
            var updated = Refusals.attempt(() -> register.update(existing.id(), command, current.version()));
            if (updated.accepted()) {
                assertStoredAsTyped(find(existing.id()), command);
            } else {
                assertThat(find(existing.id())).isEqualTo(current);
            }
        });
    }

    private IncidentView find(String id) {
        return register.all().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static String n(String text) {
        return text == null ? "" : text.strip();
    }

    private static void assertStoredAsTyped(IncidentView saved, IncidentCommand typed) {
        assertThat(n(saved.description())).isEqualTo(n(typed.description()));
        assertThat(n(saved.personalInformation())).isEqualTo(n(typed.personalInformation()));
        assertThat(n(saved.riskAssessment())).isEqualTo(n(typed.riskAssessment()));
        assertThat(n(saved.measures())).isEqualTo(n(typed.measures()));
        assertThat(saved.personsConcerned()).isEqualTo(typed.personsConcerned()).isBetween(0, 10_000_000);
        assertThat(saved.discoveredOn()).isEqualTo(typed.discoveredOn());
        assertThat(saved.occurredOn()).isEqualTo(typed.occurredOn());
    }
}
