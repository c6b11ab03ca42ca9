package org.jumelage.firms;

/**
 * A seat allocated to a provider, with the hours the ledger holds for it, as the provider sees it.
 *
 * @param obligationSource the source reference of the firm's obligation; null for a volunteer
 * @param closed           the seat's hours were released (e.g. the project was cancelled): no more logging
 */
public record SeatHours(ProviderRef provider, String obligationSource, String projectId, String projectTitle,
        String organisationName, String seatId, String seatTitle, int allocated, int logged, int confirmed,
        int disputed, boolean closed) {

    /** Logged hours neither confirmed nor disputed yet. */
    public int awaiting() {
        return logged - confirmed - disputed;
    }
}
