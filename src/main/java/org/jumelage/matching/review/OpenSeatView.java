package org.jumelage.matching.review;

import java.util.List;

import org.jumelage.matching.Reason;

/** A seat a run left open, named for the review page. */
public record OpenSeatView(String projectId, String projectTitle, String organisationName, String seatId,
        String seatTitle, int hours, List<Reason> reasons) {
}
