package org.jumelage.firms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged ledger line that the OSBL owning the project has neither confirmed nor disputed.
 *
 * @param providerName the firm's name, or the volunteer's display name
 * @param loggedBy     the display name of the person who logged the hours
 */
public record PendingHours(String loggedLineId, String projectId, String projectTitle, String seatTitle,
        String providerName, LocalDate workDate, int hours, String description, String loggedBy, Instant loggedAt) {
}
