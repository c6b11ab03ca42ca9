package org.jumelage.projects;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** Filters of the coordinators' review queue; null means "any". The queue is oldest first. */
public record ReviewFilter(ProjectStatus status, Region region, Sector sector) {
}
