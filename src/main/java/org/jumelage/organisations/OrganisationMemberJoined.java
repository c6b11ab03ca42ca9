package org.jumelage.organisations;

/** A person joined an organisation by accepting an invitation. */
public record OrganisationMemberJoined(String organisationId, String userId) {
}
