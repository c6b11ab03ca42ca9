package org.jumelage.projects;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/**
 * What a visitor asks the public catalogue: keywords in title and summary (accents and case
 * ignored), and optional filters. Null means "any".
 */
public record CatalogueQuery(String keywords, Region region, Sector sector, String skillCode,
        ProviderKind providerKind, boolean remoteOnly, CatalogueSort sort) {

    public CatalogueQuery {
        sort = sort == null ? CatalogueSort.NEWEST : sort;
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, null, false, CatalogueSort.NEWEST);
    }
}
