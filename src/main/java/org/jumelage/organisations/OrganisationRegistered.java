package org.jumelage.organisations;

/** An OSBL member registered a new organisation; it awaits verification. */
public record OrganisationRegistered(String organisationId) {
}
