package org.jumelage.shared.audit;

import java.time.Instant;

/**
 * Which entries to list: from (inclusive) and until (exclusive) instants, an action, text found in the
 * actor's name or id (accents and case ignored) and an exact target id. Null or blank means any.
 */
public record AuditFilter(Instant from, Instant until, AuditAction action, String actor, String targetId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
