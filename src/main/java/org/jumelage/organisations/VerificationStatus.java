package org.jumelage.organisations;

/** Where an organisation stands with the coordinators. Labels: {@code verificationStatus.<NAME>}. */
public enum VerificationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
