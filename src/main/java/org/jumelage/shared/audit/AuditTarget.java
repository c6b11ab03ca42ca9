package org.jumelage.shared.audit;

/** What kind of thing an audit entry's target id names. */
public enum AuditTarget {
    ACCOUNT,
    /** The address typed in a failed sign-in: it may name no account at all. */
    SIGN_IN_ADDRESS,
    ORGANISATION,
    FIRM,
    PROJECT,
    MATCHING_RUN,
    MATCH,
    LEDGER_ENTRY,
    INCIDENT,
    /** An export: the target id names what was exported (a table, a firm, a period). */
    EXPORT;

    public String translationKey() {
        return "audit.target." + name();
    }
}
