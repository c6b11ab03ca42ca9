package org.jumelage.organisations;

/** How many volunteers an organisation counts on. Labels: {@code volunteerBand.<NAME>}. */
public enum VolunteerBand {
    NONE,
    FROM_1_TO_24,
    FROM_25_TO_99,
    HUNDRED_OR_MORE;

    public String translationKey() {
        return "volunteerBand." + name();
    }
}
