package org.jumelage.firms;

/** A firm member registered their firm; it awaits verification. */
public record FirmRegistered(String firmId) {
}
