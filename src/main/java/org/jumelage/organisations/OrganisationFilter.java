package org.jumelage.organisations;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** What a coordinator narrows the list of organisations to; a null criterion means "any". */
public record OrganisationFilter(VerificationStatus status, Region region, Sector sector, String text) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null);
    }
}
