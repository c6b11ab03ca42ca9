package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.internal.ConsentRecord;
import org.jumelage.accounts.internal.ConsentRecordRepository;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Consent purpose by purpose, at registration and when the policy changes, with its history. */
class ConsentTest extends IntegrationTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    Consents consents;
    @Autowired
    PrivacyPolicy policy;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ConsentRecordRepository records;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static RegistrationCommand command(String email, Set<ConsentPurpose> purposes) {
        return new RegistrationCommand(email, "Inès Morin", "Une phrase de passe solide", Languages.FRENCH,
                AccountType.VOLUNTEER, purposes);
    }

    @Test
    void registration_records_the_policy_version_and_each_purpose_with_a_history_line() {
        String email = "consent-" + UUID.randomUUID() + "@exemple.org";
        accounts.register(command(email, Set.of(ConsentPurpose.SERVICE, ConsentPurpose.MATCHING,
                ConsentPurpose.RESEARCH)));

        UserAccount account = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow();
        assertThat(account.getConsentVersion()).isEqualTo(policy.version());
        assertThat(account.getConsentPurposes()).containsExactlyInAnyOrder(ConsentPurpose.SERVICE,
                ConsentPurpose.MATCHING, ConsentPurpose.RESEARCH);
        assertThat(records.findByUserIdOrderByGivenAtAsc(account.getId())).singleElement()
                .satisfies(r -> assertThat(r.policyVersion()).isEqualTo(policy.version()));
    }

    @Test
    void registration_without_a_required_purpose_is_refused_and_stores_nothing() {
        String email = "consent-" + UUID.randomUUID() + "@exemple.org";
        assertThatThrownBy(() -> accounts.register(command(email, Set.of(ConsentPurpose.SERVICE,
                ConsentPurpose.NEWS)))).isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("consents");
                    assertThat(e.messageKey()).isEqualTo("consent.required");
                });
        assertThatThrownBy(() -> accounts.register(command(email, null))).isInstanceOf(AccountException.class);
        assertThat(users.findByEmailKey(UserAccount.emailKey(email))).isEmpty();
    }

    @Test
    void an_older_consent_is_asked_again_and_a_new_one_adds_to_the_history() {
        String email = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Théo Lambert");
        signIn(email);
        assertThat(consents.mine().needed()).as("consented to the policy in force").isFalse();
        UserAccount account = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow();
        account.consent(policy.version() - 1, ConsentPurpose.requiredOnes(), clock.instant());
        users.save(account);
        assertThat(consents.mine().needed()).as("the policy changed since").isTrue();

        assertThatThrownBy(() -> consents.give(Set.of(ConsentPurpose.MATCHING)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.required"));
        assertThat(consents.mine().needed()).isTrue();

        ConsentStatus status = consents.give(Set.of(ConsentPurpose.SERVICE, ConsentPurpose.MATCHING,
                ConsentPurpose.NEWS));
        assertThat(status.needed()).isFalse();
        assertThat(status.purposes()).contains(ConsentPurpose.NEWS);

        consents.give(ConsentPurpose.requiredOnes());
        assertThat(consents.mine().purposes()).as("an optional consent withdrawn").doesNotContain(ConsentPurpose.NEWS);
        assertThat(consents.myHistory()).extracting(ConsentRecord::purposes).hasSize(2)
                .first().satisfies(p -> assertThat(p).contains(ConsentPurpose.NEWS));
    }
}
