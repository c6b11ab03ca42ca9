package org.jumelage.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountRetention;
import org.jumelage.accounts.AccountRetention.InactiveAccount;
import org.jumelage.accounts.Role;
import org.jumelage.notifications.NotificationService;
import org.jumelage.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The retention rules of the privacy policy: an account never verified is removed after
 * {@code unverified-days}; a volunteer inactive for {@code inactive-days} is told by e-mail that their
 * account will be anonymised, and it is, {@code answer-days} later, unless they sign in meanwhile.
 */
@Service
public class RetentionRules {

    /** What one application of the rules did. */
    public record Outcome(int unverifiedRemoved, int reminded, int anonymised, long auditEntriesExpired) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetentionRules.class);

    private final AccountRetention accounts;
    private final Erasure erasure;
    private final NotificationService notifications;
    private final Clock clock;
    private final Duration unverifiedKept;
    private final Duration inactivity;
    private final Duration answerDelay;
    private final String baseUrl;
    private final AuditTrail audit;

    RetentionRules(AccountRetention accounts, Erasure erasure, NotificationService notifications, Clock clock,
            AuditTrail audit,
            @Value("${jumelage.retention.unverified-days:30}") int unverifiedDays,
            @Value("${jumelage.retention.inactive-days:730}") int inactiveDays,
            @Value("${jumelage.retention.answer-days:30}") int answerDays,
            @Value("${jumelage.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.audit = audit;
        this.erasure = erasure;
        this.notifications = notifications;
        this.clock = clock;
        this.unverifiedKept = Duration.ofDays(unverifiedDays);
        this.inactivity = Duration.ofDays(inactiveDays);
        this.answerDelay = Duration.ofDays(answerDays);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Outcome apply() {
        Instant now = clock.instant();
        int removed = 0;
        for (String id : accounts.unverifiedOpenedBefore(now.minus(unverifiedKept))) {
            if (accounts.deleteIfUnverified(id)) {
                removed++;
            }
        }
        int reminded = 0;
        int anonymised = 0;
        for (InactiveAccount account : accounts.volunteersInactiveSince(now.minus(inactivity))) {
            if (account.remindedAt() == null) {
                notifications.enqueue(account.email(), account.language(), "inactivity-reminder",
                        Map.of("name", account.displayName(), "link", baseUrl + "/login",
                                "days", answerDelay.toDays()));
                accounts.markReminded(account.id(), now);
                reminded++;
            } else if (!account.remindedAt().plus(answerDelay).isAfter(now)) {
                erasure.anonymiseAccount(account.id());
                anonymised++;
            }
        }
        // The audit log keeps two years: older entries go, so the addresses of failed sign-ins do too.
        long expired = audit.removeExpired();
        if (removed + reminded + anonymised > 0) {
            log.info("Retention rules: {} unverified accounts removed, {} volunteers reminded, {} anonymised",
                    removed, reminded, anonymised);
        }
        return new Outcome(removed, reminded, anonymised, expired);
    }
}
