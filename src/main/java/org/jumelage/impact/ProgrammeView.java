package org.jumelage.impact;

import java.util.List;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/**
 * A programme as coordinators see it: a named set of projects (those whose organisation is in one of
 * the sectors and one of the regions; an empty set means any) and the questions it adds.
 */
public record ProgrammeView(String id, long version, String name, Set<Sector> sectors, Set<Region> regions,
        List<ProgrammeQuestion> questions) {

    public ProgrammeView {
        sectors = Set.copyOf(sectors);
        regions = Set.copyOf(regions);
        questions = List.copyOf(questions);
    }

    public boolean appliesTo(Sector sector, Region region) {
        return (sectors.isEmpty() || sectors.contains(sector)) && (regions.isEmpty() || regions.contains(region));
    }
}
