package org.jumelage.firms;

public enum ObligationStatus {
    ACTIVE,
    EXPIRED,
    CANCELLED
}
