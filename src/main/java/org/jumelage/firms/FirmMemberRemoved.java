package org.jumelage.firms;

/** A member was removed from a firm (or left it). */
public record FirmMemberRemoved(String firmId, String userId) {
}
