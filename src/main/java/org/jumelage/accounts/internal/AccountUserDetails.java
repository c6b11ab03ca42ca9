package org.jumelage.accounts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.audit.AuditPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal. Implied roles (an admin is also a coordinator) are granted here. */
public final class AccountUserDetails implements UserDetails, CredentialsContainer, AuditPrincipal {

    private final String id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean emailVerified;
    private final Instant lockedUntil;
    private final Instant loadedAt;

    AccountUserDetails(UserAccount account, Instant now) {
        this.id = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.authorities = account.getRoles().stream().flatMap(r -> r.withImplied().stream()).distinct()
                .map(Role::authority).map(SimpleGrantedAuthority::new).map(GrantedAuthority.class::cast).toList();
        this.enabled = account.isEnabled();
        this.emailVerified = account.isEmailVerified();
        this.lockedUntil = account.getLockedUntil();
        this.loadedAt = now;
    }

    public String id() {
        return id;
    }

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return displayName;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(loadedAt);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
