package org.jumelage.firms;

/** A member of a firm, for its colleagues and coordinators. */
public record FirmMember(String userId, String displayName, String email, boolean administrator) {
}
