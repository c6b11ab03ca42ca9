/**
 * Students and academic volunteers: their profile (institution, skills, learning goals, languages,
 * availability windows, consent to share), the coordinators' search, and a consent-filtered
 * directory for the matching feature.
 */
package org.jumelage.volunteers;
