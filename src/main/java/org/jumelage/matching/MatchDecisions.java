package org.jumelage.matching;

import java.util.List;
import java.util.Set;

/**
 * The contract between matching runs and the review and offer flow. A finished run hands over its
 * proposals; the next run reads back what coordinators and both sides decided since.
 */
public interface MatchDecisions {

    /** Stores a finished run's proposals and open seats for the coordinator's review. */
    void recordRun(String runId, List<ProposedMatch> proposals, List<OpenSeat> openSeats);

    /** Approved matches still waiting for both sides' answer: pinned in later runs. */
    Set<SeatProvider> pinned();

    /** Pairs a coordinator rejected or a side declined: never proposed again for that seat. */
    Set<SeatProvider> excluded();

    /** Seats whose match both sides accepted (the ledger holds the allocation): left out of later runs. */
    Set<SeatProvider> settled();
}
