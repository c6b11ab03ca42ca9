package org.jumelage.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password is checked: too many attempts from this client address. */
public class TooManyAttemptsException extends AuthenticationException {

    public TooManyAttemptsException() {
        super("Too many sign-in attempts from this address");
    }
}
