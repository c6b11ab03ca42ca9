package org.jumelage.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.DemoAccountFactory;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.shared.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One verified demo account per role (the README lists them), and the accounts other features'
 * demo data asks for through {@link DemoAccountFactory}.
 */
@Component
public class DemoAccounts implements DemoDataContributor, DemoAccountFactory {

    public record DemoAccount(String email, String password, String displayName, Role role, Locale language) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("osbl@jumelage.demo", "Osbl-Demo-2026!", "Camille Tremblay", Role.OSBL_MEMBER,
                    Languages.FRENCH),
            new DemoAccount("entreprise@jumelage.demo", "Firme-Demo-2026!", "Alex Gagnon", Role.FIRM_MEMBER,
                    Languages.FRENCH),
            new DemoAccount("benevole@jumelage.demo", "Benevole-Demo-2026!", "Sam Roy", Role.VOLUNTEER,
                    Languages.ENGLISH),
            new DemoAccount("coordination@jumelage.demo", "Coord-Demo-2026!", "Dominique Côté",
                    Role.COORDINATOR, Languages.FRENCH),
            new DemoAccount("admin@jumelage.demo", "Admin-Demo-2026!", "Morgan Bouchard", Role.ADMIN,
                    Languages.FRENCH));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    private final PrivacyPolicy policy;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, PrivacyPolicy policy, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** Demo people have consented to the policy in force, so that a newcomer's tour starts at once. */
    private void consented(UserAccount account) {
        account.consent(policy.version(), ConsentPurpose.requiredOnes(), clock.instant());
    }

    @Override
    public int demoOrder() {
        return 0;
    }

    @Override
    public void createDemoData() {
        for (DemoAccount demo : ACCOUNTS) {
            if (users.existsByEmailKey(UserAccount.emailKey(demo.email()))) {
                continue;
            }
            UserAccount account = new UserAccount(demo.email(), demo.displayName(),
                    passwordEncoder.encode(demo.password()), Set.of(demo.role()), demo.language());
            account.setEmailVerified(true);
            consented(account);
            users.save(account);
            log.info("Demo account {} ({})", demo.email(), demo.role());
        }
    }

    @Override
    public String ensure(String email, String displayName, Role role, Locale language) {
        if (email == null || !email.toLowerCase(Locale.ROOT).endsWith(DEMO_DOMAIN)) {
            throw new IllegalArgumentException("Demo accounts use " + DEMO_DOMAIN + " addresses, not " + email);
        }
        return users.findByEmailKey(UserAccount.emailKey(email)).map(UserAccount::getId).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            UserAccount account = new UserAccount(email, displayName,
                    passwordEncoder.encode(Base64.getUrlEncoder().encodeToString(secret)), Set.of(role), language);
            account.setEmailVerified(true);
            consented(account);
            return users.save(account).getId();
        });
    }
}
