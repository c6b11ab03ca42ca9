package org.jumelage.matching.runs;

/** What a run's listeners hear: its state and its best plan so far (sent on each new best plan and at the end). */
public record RunProgress(String runId, RunStatus status, String score, long elapsedMillis, long hoursMatched,
        long totalHours, long seatsFilled, int seats) {
}
