package org.jumelage.organisations;

/** A coordinator verified an organisation: it may now submit projects. */
public record OrganisationVerified(String organisationId) {
}
