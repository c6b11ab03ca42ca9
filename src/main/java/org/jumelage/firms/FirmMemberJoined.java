package org.jumelage.firms;

/** A person joined a firm through an invitation. */
public record FirmMemberJoined(String firmId, String userId) {
}
