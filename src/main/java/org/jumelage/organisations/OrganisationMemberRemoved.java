package org.jumelage.organisations;

/** The administrator removed a member from an organisation. */
public record OrganisationMemberRemoved(String organisationId, String userId) {
}
