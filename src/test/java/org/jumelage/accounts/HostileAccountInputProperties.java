package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.shared.security.SecureTokens;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
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
    @Autowired
    PasswordEncoder passwordEncoder;

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

    @Test
    void a_hostile_password_reset_request_queues_nothing_for_an_unknown_address_and_never_fails() {
        Hostile.forAll("reset request", 80, Hostile.emails(), email -> {
            var outcome = Refusals.attempt(() -> {
                accounts.requestPasswordReset(email);
                return true;
            });
            if (outcome.accepted() && email != null) {
                assertThat(mongo.count(Query.query(Criteria.where("recipient").is(email.strip())
                        .and("template").is("password-reset")), "outbox")).as("a mail for an unknown address").isZero();
            }
        });
    }

    @Test
    void a_hostile_new_password_or_reset_link_is_refused_or_the_password_is_exactly_the_one_typed() {
        String email = testAccounts.create(Role.VOLUNTEER, Locale.FRENCH, "Réinitialisation");
        Query account = Query.query(Criteria.where("emailKey").is(UserAccount.emailKey(email)));
        Arbitrary<String> passwords = Arbitraries.oneOf(mostly("Une autre phrase de passe", Hostile.any()),
                Arbitraries.integers().between(60, 90).map("é"::repeat), Arbitraries.integers().between(60, 140)
                        .map(n -> "Phrase de passe ".repeat(10).substring(0, n)),
                Arbitraries.integers().between(12, 40).map("😀a"::repeat));
        Arbitrary<String> tokens = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just("REAL")),
                net.jqwik.api.Tuple.of(1, Hostile.any()));
        Arbitrary<java.util.List<String>> samples = Combinators.combine(passwords, tokens)
                .as((p, t) -> java.util.Arrays.asList(p, t));
        Hostile.forAll("new password", 100, samples, sample -> {
            String password = sample.get(0);
            String real = SecureTokens.newToken();
            mongo.updateFirst(account, new Update().set("resetTokenHash", SecureTokens.hash(real))
                    .set("resetExpiresAt", clock.instant().plusSeconds(3_600)), "users");
            String token = "REAL".equals(sample.get(1)) ? real : sample.get(1);
            String hashBefore = mongo.findOne(account, UserAccount.class).getPasswordHash();
            var outcome = Refusals.attempt(() -> {
                accounts.resetPassword(token, password);
                return true;
            });
            UserAccount after = mongo.findOne(account, UserAccount.class);
            if (outcome.accepted()) {
                assertThat(token).isEqualTo(real);
                assertThat(passwordEncoder.matches(password, after.getPasswordHash())).isTrue();
                assertThat(accounts.isResetTokenUsable(real)).as("the link works once").isFalse();
            } else {
                assertThat(after.getPasswordHash()).isEqualTo(hashBefore);
                assertThat(accounts.isResetTokenUsable(real)).as("a refused reset keeps the link").isTrue();
            }
        });
    }
}
