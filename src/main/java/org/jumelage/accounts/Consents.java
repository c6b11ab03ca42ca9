package org.jumelage.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.internal.ConsentRecord;
import org.jumelage.accounts.internal.ConsentRecordRepository;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Consent to the privacy policy, purpose by purpose (Law 25): given at registration, asked again when
 * the policy changes, and changeable at any time for the optional purposes. Every change is kept in
 * an append-only history.
 */
@Service
public class Consents {

    private static final Logger log = LoggerFactory.getLogger(Consents.class);

    private final UserAccountRepository users;
    private final ConsentRecordRepository records;
    private final PrivacyPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    Consents(UserAccountRepository users, ConsentRecordRepository records, PrivacyPolicy policy,
            CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.records = records;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's consent. */
    @PreAuthorize("isAuthenticated()")
    public ConsentStatus mine() {
        return status(load(currentUser.requireId()));
    }

    private ConsentStatus status(UserAccount account) {
        return new ConsentStatus(account.getConsentVersion(), policy.version(), account.getConsentPurposes(),
                account.getConsentedAt());
    }

    /** Consents to the policy in force for these purposes; the required ones must be among them. */
    @PreAuthorize("isAuthenticated()")
    public ConsentStatus give(Set<ConsentPurpose> purposes) {
        Set<ConsentPurpose> chosen = requireRequired(purposes);
        UserAccount account = load(currentUser.requireId());
        account.consent(policy.version(), chosen, clock.instant());
        recordHistory(users.save(account));
        log.info("Consent of {} to policy v{}: {}", account.getId(), policy.version(), chosen);
        audit.record(AuditAction.CONSENT_CHANGED, AuditTarget.ACCOUNT, account.getId(),
                "v" + policy.version() + ": " + chosen);
        return status(account);
    }

    /** The signed-in person's consent history, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ConsentRecord> myHistory() {
        return records.findByUserIdOrderByGivenAtAsc(currentUser.requireId());
    }

    /** Sets a new account's consent before it is first saved; {@link #recordHistory} once it has an id. */
    void applyTo(UserAccount account, Set<ConsentPurpose> purposes) {
        account.consent(policy.version(), requireRequired(purposes), clock.instant());
    }

    void recordHistory(UserAccount saved) {
        records.insert(new ConsentRecord(null, saved.getId(), saved.getConsentVersion(),
                saved.getConsentPurposes(), saved.getConsentedAt()));
    }

    /** The chosen purposes, refused with a message when a required one is missing. */
    static Set<ConsentPurpose> requireRequired(Set<ConsentPurpose> purposes) {
        if (purposes != null && purposes.stream().anyMatch(java.util.Objects::isNull)) {
            // Not a purpose of the policy: the choice is refused as a whole rather than half applied.
            throw new AccountException("consents", "consent.required");
        }
        Set<ConsentPurpose> chosen = purposes == null || purposes.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class)
                : EnumSet.copyOf(purposes);
        if (!chosen.containsAll(ConsentPurpose.requiredOnes())) {
            throw new AccountException("consents", "consent.required");
        }
        return chosen;
    }

    private UserAccount load(String id) {
        return users.findById(id).orElseThrow(() -> new AccountException("account.notFound"));
    }
}
