package org.jumelage.matching;

import java.util.List;

/** A seat a matching run left unassigned, and why (e.g. no volunteer with the skill at that level free then). */
public record OpenSeat(String projectId, String seatId, int hours, List<Reason> reasons) {

    public OpenSeat {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
