package org.jumelage.matching;

import java.util.List;

import org.jumelage.firms.ProviderRef;

/**
 * What a matching run proposes for one seat: the provider, the hours, and why (skills matched, hours
 * fit, obligation and expiry, fairness bonus) with the soft penalties it carries.
 */
public record ProposedMatch(String projectId, String seatId, ProviderRef provider, int hours, List<Reason> reasons) {

    public ProposedMatch {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public SeatProvider pair() {
        return new SeatProvider(projectId, seatId, provider);
    }
}
