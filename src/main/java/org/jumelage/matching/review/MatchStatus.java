package org.jumelage.matching.review;

/** Where a proposed match stands, from the run that proposed it to both sides' answers. */
public enum MatchStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    /** Approved and waiting for answers: pinned in later runs. */
    public boolean isPinned() {
        return this == APPROVED || this == OFFERED;
    }

    /** The seat is taken by this match, or about to be. */
    public boolean holdsSeat() {
        return isPinned() || this == ACCEPTED;
    }
}
