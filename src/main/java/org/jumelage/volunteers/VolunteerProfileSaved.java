package org.jumelage.volunteers;

/** A volunteer created or changed their profile (consent included). */
public record VolunteerProfileSaved(String userId) {
}
