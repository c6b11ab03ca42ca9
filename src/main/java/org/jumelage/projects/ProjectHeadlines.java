package org.jumelage.projects;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectRepository;
import org.springframework.stereotype.Service;

/**
 * Titles, organisations and seats of projects, for features that have already checked that the
 * person asking took part in them (a firm's compliance report, a volunteer's attestation name the
 * projects the hours went to). Like {@link ProjectService#organisationOf}, no caller check here.
 */
@Service
public class ProjectHeadlines {

    private final ProjectRepository projects;
    private final OrganisationDirectory organisations;

    public ProjectHeadlines(ProjectRepository projects, OrganisationDirectory organisations) {
        this.projects = projects;
        this.organisations = organisations;
    }

    /** One project's headline, if it exists. */
    public Optional<ProjectHeadline> find(String projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(find(List.of(projectId)).get(projectId));
    }

    /** Headlines by project id; unknown ids are left out. */
    public Map<String, ProjectHeadline> find(Collection<String> projectIds) {
        var ids = projectIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, ProjectHeadline> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        var list = projects.findAllById(ids);
        Map<String, OrganisationSummary> owners = organisations.findAll(
                list.stream().map(Project::getOrganisationId).distinct().toList());
        for (Project p : list) {
            OrganisationSummary owner = owners.get(p.getOrganisationId());
            found.put(p.getId(), new ProjectHeadline(p.getId(), p.getTitle(), p.getOrganisationId(),
                    owner == null ? "" : owner.legalName(), p.getStatus(),
                    p.getSeats().stream().map(s -> new ProjectHeadline.Seat(s.id(), s.roleTitle(), s.requiredSkills()))
                            .toList()));
        }
        return found;
    }
}
