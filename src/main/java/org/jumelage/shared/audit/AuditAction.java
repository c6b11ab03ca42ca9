package org.jumelage.shared.audit;

/** What an audit entry records: the security- and privacy-relevant actions of the platform. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    /** Refused by the per-address rate limit before the password was checked. */
    SIGN_IN_RATE_LIMITED,
    SIGNED_OUT,
    ROLES_CHANGED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    EMAIL_VERIFIED,
    CONSENT_CHANGED,
    ORGANISATION_VERIFIED,
    ORGANISATION_REJECTED,
    FIRM_VERIFIED,
    FIRM_REJECTED,
    PROJECT_APPROVED,
    PROJECT_REJECTED,
    MATCHING_RUN_STARTED,
    MATCH_APPROVED,
    MATCH_REJECTED,
    OFFER_ACCEPTED,
    OFFER_DECLINED,
    HOURS_CONFIRMED,
    LEDGER_ADJUSTED,
    DASHBOARD_EXPORTED,
    OPEN_DATA_EXPORTED,
    PERSONAL_DATA_EXPORTED,
    COMPLIANCE_REPORT_EXPORTED,
    AUDIT_LOG_EXPORTED,
    ACCOUNT_ANONYMISED,
    UNVERIFIED_ACCOUNT_REMOVED,
    INCIDENT_RECORDED,
    INCIDENT_UPDATED;

    public String translationKey() {
        return "audit.action." + name();
    }
}
