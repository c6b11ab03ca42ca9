package org.jumelage.firms;

/** Where a firm stands with the coordinators; the names sort in order of urgency. */
public enum FirmStatus {
    PENDING,
    REJECTED,
    VERIFIED
}
