package org.jumelage.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** An open project as anyone may see it: no contact details, no questionnaire. */
public record CatalogueEntry(
        String projectId,
        String title,
        String summary,
        String organisationName,
        Region region,
        Sector sector,
        ProjectCategory category,
        Set<String> skillCodes,
        Set<ProviderKind> providerKinds,
        boolean anyRemote,
        int totalHours,
        LocalDate deadline,
        Instant openedAt) {
}
