package org.jumelage.firms;

/** A project seat, as the projects feature names it (seat ids like "s1" are unique within a project). */
public record SeatRef(String projectId, String seatId) {
}
