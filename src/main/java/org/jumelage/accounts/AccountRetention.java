package org.jumelage.accounts;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.internal.ConsentRecordRepository;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What the privacy feature needs from accounts to apply Law 25's retention rules and a person's
 * request to be forgotten: confirming one's own password, finding unverified and long-inactive
 * accounts, deleting an account that was never verified.
 */
@Service
public class AccountRetention {

    private static final Logger log = LoggerFactory.getLogger(AccountRetention.class);

    /** An account that may have to be reminded or anonymised. */
    public record InactiveAccount(String id, String email, String displayName, java.util.Locale language,
            Instant lastActiveAt, Instant remindedAt) {
    }

    private final UserAccountRepository users;
    private final ConsentRecordRepository consents;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final MongoTemplate mongo;
    private final AuditTrail audit;

    AccountRetention(UserAccountRepository users, ConsentRecordRepository consents, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, MongoTemplate mongo, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.consents = consents;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.mongo = mongo;
    }

    /** Refuses with a message unless this is the signed-in person's password. */
    @PreAuthorize("isAuthenticated()")
    public void confirmOwnPassword(String password) {
        UserAccount me = users.findById(currentUser.requireId()).orElseThrow(
                () -> new AccountException("account.notFound"));
        if (password == null || !passwordEncoder.matches(password, me.getPasswordHash())) {
            throw new AccountException("password", "erasure.password.wrong");
        }
    }

    /** Ids of accounts never verified and opened before this instant. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<String> unverifiedOpenedBefore(Instant before) {
        return users.findByEmailVerifiedFalseAndCreatedAtBefore(before).stream().map(UserAccount::getId).toList();
    }

    /** Deletes an account that is still unverified (it could never be used: nothing else refers to it). */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public boolean deleteIfUnverified(String userId) {
        long removed = mongo.remove(Query.query(Criteria.where("_id").is(userId).and("emailVerified").is(false)),
                UserAccount.class).getDeletedCount();
        if (removed > 0) {
            consents.deleteAll(consents.findByUserIdOrderByGivenAtAsc(userId));
            log.info("Unverified account {} removed after the retention period", userId);
            audit.record(AuditAction.UNVERIFIED_ACCOUNT_REMOVED, AuditTarget.ACCOUNT, userId);
        }
        return removed > 0;
    }

    /** Enabled volunteers whose last sign-in (or opening, if never signed in) is before this instant. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<InactiveAccount> volunteersInactiveSince(Instant before) {
        Criteria inactive = new Criteria().orOperator(Criteria.where("lastLoginAt").lt(before),
                new Criteria().andOperator(Criteria.where("lastLoginAt").is(null), Criteria.where("createdAt").lt(before)));
        Query query = Query.query(new Criteria().andOperator(Criteria.where("roles").is(Role.VOLUNTEER.name()),
                Criteria.where("enabled").is(true), inactive));
        return mongo.find(query, UserAccount.class).stream().map(a -> new InactiveAccount(a.getId(), a.getEmail(),
                a.getDisplayName(), a.getLanguage(),
                a.getLastLoginAt() == null ? a.getCreatedAt() : a.getLastLoginAt(), a.getInactivityRemindedAt()))
                .toList();
    }

    /** Records that the person was told their account would be anonymised. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public void markReminded(String userId, Instant at) {
        users.findById(userId).ifPresent(account -> {
            account.setInactivityRemindedAt(at);
            users.save(account);
        });
    }
}
