package org.jumelage.organisations;

/** An organisation's profile was changed by one of its members. */
public record OrganisationUpdated(String organisationId) {
}
