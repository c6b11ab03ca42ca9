package org.jumelage.accounts;

/** What a verification link did. */
public enum VerificationOutcome {
    VERIFIED,
    EXPIRED,
    INVALID
}
