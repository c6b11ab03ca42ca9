package org.jumelage.matching;

import java.util.Objects;

import org.jumelage.firms.ProviderRef;

/** A project seat paired with a provider: the key of pinned matches and of excluded pairs. */
public record SeatProvider(String projectId, String seatId, ProviderRef provider) {

    public SeatProvider {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(provider, "provider");
    }
}
