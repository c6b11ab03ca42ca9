package org.jumelage.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right but the address has not been verified yet. */
public class EmailNotVerifiedException extends AccountStatusException {
    public EmailNotVerifiedException() {
        super("E-mail address not verified");
    }
}
