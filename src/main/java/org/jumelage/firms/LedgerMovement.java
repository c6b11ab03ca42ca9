package org.jumelage.firms;

/**
 * One ledger line as the balance arithmetic sees it: no persistence, so it can be replayed and
 * property-tested without Spring.
 *
 * @param answers for CONFIRMED and DISPUTED, the id of the LOGGED line they answer
 */
public record LedgerMovement(String id, EntryType type, String projectId, String seatId, int hours, String answers,
        String idempotencyKey) {

    boolean onSeat(String project, String seat) {
        return projectId != null && projectId.equals(project) && seatId != null && seatId.equals(seat);
    }
}
