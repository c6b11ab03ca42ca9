package org.jumelage.organisations;

/** A member of an organisation as its colleagues and coordinators see them. */
public record OrganisationMember(String userId, String displayName, String email, boolean administrator) {
}
