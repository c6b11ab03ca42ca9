package org.jumelage.matching.review;

import java.time.Instant;
import java.util.List;

import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.Reason;

/**
 * A match as the review and offer pages show it, with the names of the project, its organisation,
 * the seat and the provider. {@code contact} is the volunteer's contact, given only to the OSBL of
 * an accepted match (null otherwise).
 */
public record MatchView(String id, long version, String runId, String projectId, String projectTitle,
        String organisationName, String seatId, String seatTitle, ProviderRef provider, String providerName,
        int hours, List<Reason> reasons, MatchStatus status, String rejectionReason, Instant expiresAt,
        Answer providerAnswer, Answer osblAnswer, Contact contact) {

    /** How the OSBL reaches a volunteer once both sides accepted. */
    public record Contact(String name, String email) {
    }

    public MatchView withContact(Contact c) {
        return new MatchView(id, version, runId, projectId, projectTitle, organisationName, seatId, seatTitle,
                provider, providerName, hours, reasons, status, rejectionReason, expiresAt, providerAnswer,
                osblAnswer, c);
    }
}
