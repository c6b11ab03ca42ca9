/**
 * Privacy under Québec's Law 25 beyond the consent kept with accounts: the register of confidentiality
 * incidents that coordinators keep and show the Commission d'accès à l'information on request, and the
 * administrators' view and CSV export of the audit log that every feature writes through
 * {@code org.jumelage.shared.audit.AuditTrail}.
 */
package org.jumelage.privacy;
