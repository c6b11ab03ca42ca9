package org.jumelage.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Verified accounts for tests, stored through the application's own repository and encoder. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Mot de passe de test solide";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    private final PrivacyPolicy policy;

    public TestAccounts(UserAccountRepository users, PasswordEncoder encoder, PrivacyPolicy policy) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** A new verified account with a unique address, consented to the policy in force; returns that address. */
    public String create(Role role, Locale language, String displayName) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@exemple.org";
        UserAccount account = new UserAccount(email, displayName, encoder.encode(PASSWORD), Set.of(role), language);
        account.setEmailVerified(true);
        account.consent(policy.version(), ConsentPurpose.requiredOnes(), Instant.now());
        users.save(account);
        return email;
    }

    /** The id of the account with this address. */
    public String idOf(String email) {
        return users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow().getId();
    }
}
