package org.jumelage.accounts.internal;

import java.util.Set;

import org.jumelage.accounts.PasswordPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the first administrator from JUMELAGE_ADMIN_EMAIL / JUMELAGE_ADMIN_PASSWORD when none exists. */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccountSettings settings;

    FirstAdministrator(UserAccountRepository users, PasswordEncoder passwordEncoder, AccountSettings settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.adminEmail();
        String password = settings.adminPassword();
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return;
        }
        if (users.existsByRolesContaining(Role.ADMIN)) {
            return;
        }
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            throw new IllegalStateException("JUMELAGE_ADMIN_PASSWORD is refused by the password policy ("
                    + problem + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password.");
        }
        UserAccount admin = users.findByEmailKey(UserAccount.emailKey(email)).orElseGet(() ->
                new UserAccount(email, "Administrateur", passwordEncoder.encode(password), Set.of(Role.ADMIN),
                        Languages.DEFAULT));
        admin.setRoles(Set.of(Role.ADMIN));
        admin.setEmailVerified(true);
        admin.setEnabled(true);
        users.save(admin);
        log.info("First administrator created: {}", admin.getEmail());
    }
}
