package org.jumelage.matching.review;

import java.time.Instant;

/** One side's answer to an offer: who answered, when, and why (required to decline). */
public record Answer(boolean accepted, String reason, String byUserId, Instant at) {
}
