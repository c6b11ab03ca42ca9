package org.jumelage.matching.review;

/** A coordinator approved a proposal; the offers go out to both sides. Published inside the approval. */
public record MatchApproved(String matchId) {
}
