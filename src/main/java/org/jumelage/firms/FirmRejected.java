package org.jumelage.firms;

/** A coordinator rejected a firm (or withdrew its verification). */
public record FirmRejected(String firmId) {
}
