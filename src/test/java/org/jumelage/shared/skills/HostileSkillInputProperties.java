package org.jumelage.shared.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
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
 * Custom skills of the catalogue under hostile codes and labels: added as typed (code trimmed and
 * lower-cased, labels trimmed with inner blanks folded) or refused with messages in both languages and
 * nothing stored.
 */
class HostileSkillInputProperties extends IntegrationTestBase {

    @Autowired
    SkillAdministration administration;
    @Autowired
    SkillCatalogue catalogue;
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

    @Test
    void a_hostile_custom_skill_is_added_as_typed_or_refused_and_leaves_nothing() {
        String email = testAccounts.create(Role.COORDINATOR, Locale.FRENCH, "Coordination des compétences");
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        Arbitrary<List<String>> samples = Combinators.combine(mostly("CODE", Hostile.any()),
                mostly("Analyse de données", Hostile.any()), mostly("Data analysis", Hostile.any())).as(java.util.Arrays::asList);
        Hostile.forAll("custom skill", 80, Combinators.combine(samples,
                Arbitraries.of(SkillFamily.values()).injectNull(0.1)).as((s, f) -> new Object[] {s, f}), sample -> {
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) sample[0];
            SkillFamily family = (SkillFamily) sample[1];
            String code = "CODE".equals(s.get(0)) ? "test.fuzz-" + UUID.randomUUID().toString().substring(0, 8)
                    : s.get(0);
            String key = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
            Query same = Query.query(Criteria.where("code").is(key));
            long before = mongo.count(same, "custom_skills");
            var outcome = Refusals.attempt(() -> administration.addCustomSkill(code, family, s.get(1), s.get(2)));
            long after = mongo.count(same, "custom_skills");
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            assertThat(after).isEqualTo(1);
            Skill saved = catalogue.find(key).orElseThrow();
            assertThat(saved.labelFr()).isEqualTo(s.get(1).strip().replaceAll("\\s+", " "));
            assertThat(saved.labelEn()).isEqualTo(s.get(2).strip().replaceAll("\\s+", " "));
            assertThat(saved.labelFr().length()).isBetween(1, SkillAdministration.LABEL_MAX_LENGTH);
            assertThat(saved.family()).isEqualTo(family);
        });
    }
}
