package org.jumelage.firms;

import java.util.Objects;

/**
 * Who gives the hours of a ledger line: a firm's obligation (by obligation id) or a volunteer (by
 * user id).
 */
public record ProviderRef(Kind kind, String id) {

    public enum Kind {
        FIRM_OBLIGATION,
        VOLUNTEER
    }

    public ProviderRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ProviderRef obligation(String obligationId) {
        return new ProviderRef(Kind.FIRM_OBLIGATION, obligationId);
    }

    public static ProviderRef volunteer(String userId) {
        return new ProviderRef(Kind.VOLUNTEER, userId);
    }
}
