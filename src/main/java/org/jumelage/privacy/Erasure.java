package org.jumelage.privacy;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountRetention;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.audit.AuditTrail.Actor;
import org.jumelage.shared.privacy.PersonalDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Anonymises an account: at the person's own request once they confirm with their password, or by
 * the retention rules. Every feature removes or replaces what identifies the person; the hours ledger,
 * evaluations and issued documents stay, under a pseudonym, so that firms' proofs remain valid.
 */
@Service
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final List<PersonalDataSource> sources;
    private final AccountService accounts;
    private final AccountRetention retention;
    private final AuditTrail audit;

    Erasure(List<PersonalDataSource> sources, AccountService accounts, AccountRetention retention,
            AuditTrail audit) {
        this.audit = audit;
        this.sources = sources;
        this.accounts = accounts;
        this.retention = retention;
    }

    /** The signed-in person's request, confirmed by their password; refused with a message otherwise. */
    @PreAuthorize("isAuthenticated()")
    public String anonymiseMe(String password) {
        retention.confirmOwnPassword(password);
        return anonymise(accounts.me());
    }

    /** The retention rules' anonymisation of a long-inactive account. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public String anonymiseAccount(String userId) {
        return anonymise(accounts.find(userId).orElseThrow(() -> new AccountException("account.notFound")));
    }

    /** The pseudonym that replaces the person's name: stable for an account, never a real name. */
    public static String pseudonym(String userId) {
        String tail = userId.length() > 6 ? userId.substring(userId.length() - 6) : userId;
        return "Personne anonymisée " + tail.toUpperCase(Locale.ROOT);
    }

    private String anonymise(UserSummary person) {
        String pseudonym = pseudonym(person.id());
        PersonalDataSource.Person who = new PersonalDataSource.Person(person.id(), person.email());
        for (PersonalDataSource source : sources) {
            source.anonymise(who, pseudonym);
        }
        log.info("Account {} anonymised as \"{}\"", person.id(), pseudonym);
        // The session still carries the person's name: when they erase themselves, the entry names the pseudonym.
        Actor actor = AuditTrail.currentActor();
        if (person.id().equals(actor.id())) {
            actor = new Actor(person.id(), pseudonym);
        }
        audit.record(actor, AuditAction.ACCOUNT_ANONYMISED, AuditTarget.ACCOUNT, person.id(), null, null);
        return pseudonym;
    }
}
