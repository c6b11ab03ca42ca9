package org.jumelage.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jumelage.accounts.internal.AccountSettings;
import org.jumelage.accounts.internal.RateLimiter;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.security.SecureTokens;
import org.jumelage.shared.validation.RequiredText;
import org.jumelage.notifications.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registration, e-mail verification, password reset and a person's own settings. Answers about
 * e-mail addresses (reset requests, resent verifications) never reveal whether an account exists.
 */
@Service
public class AccountService {

    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final NotificationService notifications;
    private final Validator validator;
    private final Clock clock;
    private final AccountSettings settings;
    private final CurrentUser currentUser;
    private final RateLimiter rateLimiter;
    private final Consents consents;
    private final AuditTrail audit;

    public AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder,
            NotificationService notifications, Validator validator, Clock clock, AccountSettings settings,
            CurrentUser currentUser, RateLimiter rateLimiter, Consents consents, AuditTrail audit) {
        this.audit = audit;
        this.rateLimiter = rateLimiter;
        this.consents = consents;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.notifications = notifications;
        this.validator = validator;
        this.clock = clock;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /**
     * Opens an unverified account and e-mails the verification link. An address that already has an
     * account gets the same answer (so the form never tells a stranger who is registered): nothing is
     * stored and its owner is told by e-mail that someone tried, with links to sign in or reset.
     */
    public void register(RegistrationCommand command) {
        Set<ConstraintViolation<RegistrationCommand>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        Set<ConsentPurpose> chosen = Consents.requireRequired(command.consents());
        requireWithinLimit(RateLimiter.Action.REGISTRATION);
        String key = UserAccount.emailKey(command.email());
        Optional<UserAccount> existing = users.findByEmailKey(key);
        if (existing.isPresent()) {
            warnOwnerOfExistingAccount(existing.get());
            return;
        }
        UserAccount account = new UserAccount(command.email(), command.displayName(),
                passwordEncoder.encode(command.password()), Set.of(command.accountType().role()),
                command.language());
        consents.applyTo(account, chosen);
        String token = SecureTokens.newToken();
        account.setVerificationToken(SecureTokens.hash(token), clock.instant().plus(VERIFICATION_VALIDITY));
        try {
            account = users.save(account);
        } catch (DuplicateKeyException e) {
            // Two registrations raced past the check above; the unique index decided.
            users.findByEmailKey(key).ifPresent(this::warnOwnerOfExistingAccount);
            return;
        }
        consents.recordHistory(account);
        sendVerification(account, token);
        log.info("Account registered: {} ({})", account.getId(), command.accountType());
    }

    private void warnOwnerOfExistingAccount(UserAccount account) {
        notifications.enqueue(account.getEmail(), account.getLanguage(), "account-exists",
                Map.of("name", account.getDisplayName(),
                        "loginLink", settings.link("/login"),
                        "resetLink", settings.link("/forgot-password")));
    }

    /** Refuses with a message when this client address made too many such requests lately. */
    private void requireWithinLimit(RateLimiter.Action action) {
        if (!rateLimiter.tryAcquire(action)) {
            throw new AccountException("email", "rateLimit.exceeded");
        }
    }

    /** Sends a fresh verification link if an unverified account has this address; silent otherwise. */
    public void resendVerification(String email) {
        requireWithinLimit(RateLimiter.Action.PASSWORD_RESET);
        users.findByEmailKey(UserAccount.emailKey(email)).filter(a -> !a.isEmailVerified()).ifPresent(account -> {
            String token = SecureTokens.newToken();
            account.setVerificationToken(SecureTokens.hash(token),
                    clock.instant().plus(VERIFICATION_VALIDITY));
            users.save(account);
            sendVerification(account, token);
        });
    }

    public VerificationOutcome verifyEmail(String token) {
        if (token == null || token.isBlank()) {
            return VerificationOutcome.INVALID;
        }
        Optional<UserAccount> found = users.findByVerificationTokenHash(SecureTokens.hash(token));
        if (found.isEmpty()) {
            return VerificationOutcome.INVALID;
        }
        UserAccount account = found.get();
        if (!account.getVerificationExpiresAt().isAfter(clock.instant())) {
            return VerificationOutcome.EXPIRED;
        }
        account.setEmailVerified(true);
        account.setVerificationToken(null, null);
        users.save(account);
        audit.record(AuditAction.EMAIL_VERIFIED, AuditTarget.ACCOUNT, account.getId());
        return VerificationOutcome.VERIFIED;
    }

    /** E-mails a reset link valid one hour if an enabled account has this address; silent otherwise. */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        requireWithinLimit(RateLimiter.Action.PASSWORD_RESET);
        users.findByEmailKey(UserAccount.emailKey(email)).filter(UserAccount::isEnabled).ifPresent(account -> {
            String token = SecureTokens.newToken();
            account.setResetToken(SecureTokens.hash(token), clock.instant().plus(RESET_VALIDITY));
            users.save(account);
            notifications.enqueue(account.getEmail(), account.getLanguage(), "password-reset",
                    Map.of("name", account.getDisplayName(),
                            "link", settings.link("/reset-password?token=" + token),
                            "validMinutes", RESET_VALIDITY.toMinutes()));
        });
    }

    /** Whether a reset link can still be used, so the form can say so before the person types. */
    public boolean isResetTokenUsable(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return users.findByResetTokenHash(SecureTokens.hash(token))
                .filter(a -> a.getResetExpiresAt().isAfter(clock.instant())).isPresent();
    }

    /** Sets a new password from a reset link; the link then stops working. */
    public void resetPassword(String token, String newPassword) {
        String problem = PasswordPolicy.problem(newPassword);
        if (problem != null) {
            throw new AccountException("password", problem);
        }
        if (token == null || token.isBlank()) {
            throw new AccountException("reset.invalid");
        }
        UserAccount account = users.findByResetTokenHash(SecureTokens.hash(token))
                .orElseThrow(() -> new AccountException("reset.invalid"));
        if (!account.getResetExpiresAt().isAfter(clock.instant())) {
            account.setResetToken(null, null);
            users.save(account);
            throw new AccountException("reset.expired");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setResetToken(null, null);
        // The link reached the mailbox, which proves the address as well as a verification would.
        account.setEmailVerified(true);
        account.setVerificationToken(null, null);
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        users.save(account);
    }

    @PreAuthorize("isAuthenticated()")
    public UserSummary me() {
        return load(currentUser.requireId()).toSummary();
    }

    @PreAuthorize("isAuthenticated()")
    public UserSummary changeLanguage(Locale language) {
        UserAccount account = load(currentUser.requireId());
        account.setLanguage(language);
        return users.save(account).toSummary();
    }

    @PreAuthorize("isAuthenticated()")
    public UserSummary changeDisplayName(String displayName, long expectedVersion) {
        if (RequiredText.isBlank(displayName)) {
            throw new AccountException("displayName", "validation.displayName.required");
        }
        if (displayName.length() > 100) {
            throw new AccountException("displayName", "validation.displayName.tooLong");
        }
        UserAccount account = load(currentUser.requireId());
        if (account.getVersion() != expectedVersion) {
            throw new AccountException("common.concurrentEdit");
        }
        account.setDisplayName(displayName);
        return users.save(account).toSummary();
    }

    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = load(currentUser.requireId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("currentPassword", "profile.password.wrongCurrent");
        }
        String problem = PasswordPolicy.problem(newPassword);
        if (problem != null) {
            throw new AccountException("newPassword", problem);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        users.save(account);
    }

    /** Summary of any account, for other features that hold a user id. */
    public Optional<UserSummary> find(String userId) {
        return users.findById(userId).map(UserAccount::toSummary);
    }

    /**
     * Summary of the account with this e-mail address (case ignored), for other features that hold
     * an address, e.g. to write an invitation in the invitee's language. Never show the answer to a
     * visitor: it tells whether an account exists.
     */
    public Optional<UserSummary> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return users.findByEmailKey(UserAccount.emailKey(email)).map(UserAccount::toSummary);
    }

    /**
     * Enabled, verified accounts holding a role (administrators count as coordinators), for other
     * features' notifications. Never shown in a view.
     */
    public List<UserSummary> withRole(Role role) {
        Set<Role> holders = role == Role.COORDINATOR ? Set.of(Role.COORDINATOR, Role.ADMIN) : Set.of(role);
        return users.findByRolesIn(holders).stream().filter(UserAccount::isEnabled)
                .filter(UserAccount::isEmailVerified).map(UserAccount::toSummary).toList();
    }

    private UserAccount load(String id) {
        return users.findById(id).orElseThrow(() -> new AccountException("account.notFound"));
    }

    private void sendVerification(UserAccount account, String token) {
        notifications.enqueue(account.getEmail(), account.getLanguage(), "verify-email",
                Map.of("name", account.getDisplayName(),
                        "link", settings.link("/account/verify?token=" + token),
                        "validHours", VERIFICATION_VALIDITY.toHours()));
    }

    Instant now() {
        return clock.instant();
    }
}
