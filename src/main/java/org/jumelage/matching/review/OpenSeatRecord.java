package org.jumelage.matching.review;

import java.time.Instant;
import java.util.List;

import org.jumelage.matching.Reason;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A seat a run left open, and why; a later run's record for the seat replaces it. */
@Document("match_open_seats")
public record OpenSeatRecord(@Id String id, String runId, String projectId, String seatId, int hours,
        List<Reason> reasons, Instant recordedAt) {
}
