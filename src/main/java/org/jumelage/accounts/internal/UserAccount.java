package org.jumelage.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's account. The e-mail is kept as typed and, lower-cased, in {@code emailKey}, which has a
 * unique index: two accounts can never differ only by letter case. Tokens are stored as SHA-256
 * hashes, never in clear.
 */
@Document("users")
public class UserAccount extends BaseDocument {

    private String email;
    private String emailKey;
    private String displayName;
    /** Lower-case, accent-free name and e-mail, for search. */
    private String searchText;
    private String passwordHash;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String language = Languages.DEFAULT.getLanguage();
    private boolean emailVerified;
    private boolean enabled = true;

    private String verificationTokenHash;
    private Instant verificationExpiresAt;
    private String resetTokenHash;
    private Instant resetExpiresAt;

    /** The privacy policy version last consented to (0: never) and the purposes then accepted. */
    private int consentVersion;
    private Set<ConsentPurpose> consentPurposes = EnumSet.noneOf(ConsentPurpose.class);
    private Instant consentedAt;

    /** When a long-inactive volunteer was told their account would be anonymised (cleared by a sign-in). */
    private Instant inactivityRemindedAt;
    private boolean anonymised;

    private int failedLogins;
    private Instant lockedUntil;
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Locale language) {
        setEmail(email);
        setDisplayName(displayName);
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.language = Languages.normalise(language).getLanguage();
    }

    public static String emailKey(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public UserSummary toSummary() {
        return new UserSummary(getId(), email, displayName, Set.copyOf(roles), getLanguage(), emailVerified,
                enabled, getCreatedAt(), lastLoginAt, getVersion() == null ? 0 : getVersion());
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    private void updateSearchText() {
        this.searchText = SearchText.normalise(displayName + " " + email);
    }

    /** Records consent to this policy version for these purposes (the history is kept elsewhere). */
    public void consent(int policyVersion, Set<ConsentPurpose> purposes, Instant at) {
        this.consentVersion = policyVersion;
        this.consentPurposes = purposes.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class) : EnumSet.copyOf(purposes);
        this.consentedAt = at;
    }

    public int getConsentVersion() {
        return consentVersion;
    }

    public Set<ConsentPurpose> getConsentPurposes() {
        return consentPurposes == null ? EnumSet.noneOf(ConsentPurpose.class) : EnumSet.copyOf(consentPurposes);
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public Instant getInactivityRemindedAt() {
        return inactivityRemindedAt;
    }

    public void setInactivityRemindedAt(Instant at) {
        this.inactivityRemindedAt = at;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    /**
     * Replaces what identifies the person: name, address, password; the account can no longer be used.
     * Its id stays, so that hours ledger lines and evaluations keep pointing at it, under the pseudonym.
     */
    public void anonymise(String pseudonym, String unusablePasswordHash) {
        setDisplayName(pseudonym);
        setEmail("anonyme-" + getId() + "@anonyme.invalid");
        this.passwordHash = unusablePasswordHash;
        this.roles = EnumSet.noneOf(Role.class);
        this.enabled = false;
        this.verificationTokenHash = null;
        this.verificationExpiresAt = null;
        this.resetTokenHash = null;
        this.resetExpiresAt = null;
        this.inactivityRemindedAt = null;
        this.anonymised = true;
    }

    // --- accessors -------------------------------------------------------------------------

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email.trim();
        this.emailKey = emailKey(email);
        updateSearchText();
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName.trim();
        updateSearchText();
    }

    public String getSearchText() {
        return searchText;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Locale getLanguage() {
        return Languages.fromTag(language);
    }

    public void setLanguage(Locale language) {
        this.language = Languages.normalise(language).getLanguage();
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getVerificationTokenHash() {
        return verificationTokenHash;
    }

    public Instant getVerificationExpiresAt() {
        return verificationExpiresAt;
    }

    public void setVerificationToken(String hash, Instant expiresAt) {
        this.verificationTokenHash = hash;
        this.verificationExpiresAt = expiresAt;
    }

    public String getResetTokenHash() {
        return resetTokenHash;
    }

    public Instant getResetExpiresAt() {
        return resetExpiresAt;
    }

    public void setResetToken(String hash, Instant expiresAt) {
        this.resetTokenHash = hash;
        this.resetExpiresAt = expiresAt;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
