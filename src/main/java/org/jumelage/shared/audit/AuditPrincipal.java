package org.jumelage.shared.audit;

/**
 * A signed-in principal as the audit trail names it: implemented by the accounts feature's principal,
 * so that the trail, which every feature uses, needs no dependency on accounts.
 */
public interface AuditPrincipal {

    String auditId();

    /** The person's display name at the time of the action. */
    String auditName();
}
