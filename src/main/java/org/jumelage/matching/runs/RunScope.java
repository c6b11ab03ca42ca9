package org.jumelage.matching.runs;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** Which open seats a run considers: all (both null), an organisation region, or a sector. */
public record RunScope(Region region, Sector sector) {

    public static RunScope all() {
        return new RunScope(null, null);
    }

    public static RunScope region(Region region) {
        return new RunScope(region, null);
    }

    public static RunScope sector(Sector sector) {
        return new RunScope(null, sector);
    }
}
