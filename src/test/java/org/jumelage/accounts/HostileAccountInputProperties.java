package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.internal.UserAccount;
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

/**
 * Registration, display name and consent under hostile input: each is accepted and stored as typed
 * (trimmed) or refused with messages in both languages, and a refused registration stores no account
 * and queues no mail.
 */
class HostileAccountInputProperties extends IntegrationTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    Consents consents;
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

    private static <T> Arbitrary<T> mostly(T good, Arbitrary<T> bad) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(good)), net.jqwik.api.Tuple.of(1, bad));
    }

    private static Arbitrary<Set<ConsentPurpose>> purposes() {
        Set<ConsentPurpose> withNull = new HashSet<>(ConsentPurpose.requiredOnes());
        withNull.add(null);
        return Arbitraries.of(ConsentPurpose.requiredOnes(), EnumSet.allOf(ConsentPurpose.class),
                EnumSet.noneOf(ConsentPurpose.class), withNull, Set.of(ConsentPurpose.values()[0]));
    }

    @Test
    void a_hostile_registration_is_stored_as_typed_or_refused_and_leaves_nothing() {
        Arbitrary<RegistrationCommand> commands = Combinators.combine(Hostile.emails(),
                mostly("Inès Morin", Hostile.any()), mostly("Une phrase de passe solide", Hostile.any()),
                Arbitraries.of(Locale.FRENCH, Locale.ENGLISH, Locale.CHINESE, null),
                Arbitraries.of(AccountType.values()).injectNull(0.1), mostly(ConsentPurpose.requiredOnes(), purposes()))
                .as(RegistrationCommand::new);
        Hostile.forAll("registration", 120, commands, c -> {
            // Unique per sample, so that an accepted address is new; the hostile part stays in front.
            String email = c.email() == null ? null : c.email() + "." + UUID.randomUUID().toString().substring(0, 8);
            RegistrationCommand command = new RegistrationCommand(email, c.displayName(), c.password(), c.language(),
                    c.accountType(), c.consents());
            String key = UserAccount.emailKey(email);
            var outcome = Refusals.attempt(() -> {
                accounts.register(command);
                return true;
            });
            long stored = key == null ? 0 : mongo.count(Query.query(Criteria.where("emailKey").is(key)), "users");
            long mails = email == null ? 0 : mongo.count(Query.query(Criteria.where("recipient").is(email.trim())), "outbox");
            if (!outcome.accepted()) {
                assertThat(stored).as("accounts stored for a refused registration").isZero();
                assertThat(mails).as("mails queued for a refused registration").isZero();
                return;
            }
            assertThat(stored).isEqualTo(1);
            UserSummary saved = accounts.findByEmail(email).orElseThrow();
            assertThat(saved.email()).isEqualTo(email.trim());
            assertThat(saved.displayName()).isEqualTo(c.displayName().trim());
            assertThat(saved.displayName().length()).isBetween(1, 100);
            assertThat(saved.email()).doesNotContainPattern("[\\p{Cc}\\p{Cf}<>]");
        });
    }

    @Test
    void a_hostile_display_name_or_consent_change_is_stored_as_typed_or_refused() {
        String email = testAccounts.create(Role.VOLUNTEER, Locale.FRENCH, "Nom d’origine");
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        Hostile.forAll("displayName", 80, Hostile.any(), name -> {
            UserSummary before = accounts.me();
            var outcome = Refusals.attempt(() -> accounts.changeDisplayName(name, before.version()));
            UserSummary after = accounts.me();
            if (outcome.accepted()) {
                assertThat(after.displayName()).isEqualTo(name.trim());
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
        Hostile.forAll("consent", 30, purposes(), chosen -> {
            ConsentStatus before = consents.mine();
            var outcome = Refusals.attempt(() -> consents.give(chosen));
            if (outcome.accepted()) {
                assertThat(consents.mine().purposes()).containsExactlyInAnyOrderElementsOf(chosen);
            } else {
                assertThat(consents.mine()).isEqualTo(before);
            }
        });
    }
}
