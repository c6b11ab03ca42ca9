package org.jumelage.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.text.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What an administrator does with accounts: search, change roles, disable and enable. */
@Service
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccountRepository users;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    public AccountAdministration(UserAccountRepository users, MongoTemplate mongo, CurrentUser currentUser,
            AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.mongo = mongo;
        this.currentUser = currentUser;
    }

    /** One page of accounts whose name or e-mail contains the text (accents and case ignored). */
    public List<UserSummary> search(String text, int offset, int limit) {
        Query query = searchQuery(text).with(Sort.by("emailKey")).skip(offset).limit(limit);
        return mongo.find(query, UserAccount.class).stream().map(UserAccount::toSummary).toList();
    }

    public long count(String text) {
        return mongo.count(searchQuery(text), UserAccount.class);
    }

    public UserSummary changeRoles(String userId, Set<Role> roles, long expectedVersion) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "admin.users.rolesRequired");
        }
        UserAccount account = load(userId, expectedVersion);
        if (userId.equals(currentUser.requireId()) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("roles", "admin.users.cannotDemoteSelf");
        }
        account.setRoles(EnumSet.copyOf(roles));
        log.info("Roles of {} changed to {} by {}", userId, roles, currentUser.requireId());
        UserSummary saved = save(account);
        audit.record(AuditAction.ROLES_CHANGED, AuditTarget.ACCOUNT, userId, roleNames(saved.roles()));
        return saved;
    }

    public UserSummary setEnabled(String userId, boolean enabled, long expectedVersion) {
        UserAccount account = load(userId, expectedVersion);
        if (!enabled && userId.equals(currentUser.requireId())) {
            throw new AccountException("admin.users.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        log.info("Account {} {} by {}", userId, enabled ? "enabled" : "disabled", currentUser.requireId());
        UserSummary saved = save(account);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, AuditTarget.ACCOUNT, userId);
        return saved;
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(java.util.stream.Collectors.joining(", "));
    }

    private UserAccount load(String userId, long expectedVersion) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new AccountException("account.notFound"));
        if (account.getVersion() == null || account.getVersion() != expectedVersion) {
            throw new AccountException("common.concurrentEdit");
        }
        return account;
    }

    private UserSummary save(UserAccount account) {
        try {
            return users.save(account).toSummary();
        } catch (OptimisticLockingFailureException e) {
            throw new AccountException("common.concurrentEdit");
        }
    }

    private static Query searchQuery(String text) {
        String normalised = SearchText.normalise(text);
        if (normalised.isEmpty()) {
            return new Query();
        }
        return Query.query(Criteria.where("searchText").regex(SearchText.containsPattern(normalised)));
    }
}
