package org.jumelage.shared.audit;

import java.time.Instant;

/**
 * One recorded action. {@code actorId} is an account id, {@link #SYSTEM} for the platform's own steps
 * or {@link #ANONYMOUS} for a visitor; {@code actorName} is the display name at the time (empty for
 * the last two). The detail is short and never personal; the client address is kept for sign-ins.
 */
public record AuditEntry(String id, Instant at, String actorId, String actorName, AuditAction action,
        AuditTarget targetKind, String targetId, String detail, String clientAddress) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public boolean bySystem() {
        return SYSTEM.equals(actorId);
    }

    public boolean byVisitor() {
        return ANONYMOUS.equals(actorId);
    }
}
