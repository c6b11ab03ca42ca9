package org.jumelage.organisations;

/** A coordinator rejected an organisation, with a reason its members received. */
public record OrganisationRejected(String organisationId) {
}
