package org.jumelage.firms;

/** A coordinator verified a firm. */
public record FirmVerified(String firmId) {
}
