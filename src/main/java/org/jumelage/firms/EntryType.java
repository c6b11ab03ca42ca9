package org.jumelage.firms;

/** The kinds of line in the hours ledger. */
public enum EntryType {
    /** Hours set aside for a seat (on an accepted match). */
    ALLOCATED,
    /** Hours worked on a seat, declared by the provider. */
    LOGGED,
    /** The OSBL confirms a logged line. */
    CONFIRMED,
    /** The OSBL disputes a logged line: its hours no longer count as delivered. */
    DISPUTED,
    /** Unconsumed allocation given back (project cancelled); may be 0 h, which only closes the seat. */
    RELEASED,
    /** The unallocated remainder of an obligation at its expiry. */
    EXPIRED,
    /** A coordinator's correction of a seat's allocation, positive or negative, with a reason. */
    ADJUSTED
}
