package org.jumelage.projects;

import java.time.Instant;
import java.util.List;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** A project as its organisation's members and the coordinators see it. */
public record ProjectView(
        String id,
        long version,
        String organisationId,
        String organisationName,
        Region region,
        Sector sector,
        ProjectStatus status,
        ProjectDraft content,
        List<Transition> timeline,
        String lastReviewComment,
        boolean jobReductionFlag,
        int totalHours,
        Instant createdAt,
        Instant submittedAt,
        Instant updatedAt) {

    public String title() {
        return content.title();
    }
}
