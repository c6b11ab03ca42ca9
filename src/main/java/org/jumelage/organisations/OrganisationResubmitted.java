package org.jumelage.organisations;

/** A change sent an organisation back to the coordinators: it is pending again (a rejected organisation edited, or a verified one whose legal name or NEQ changed). */
public record OrganisationResubmitted(String organisationId) {
}
