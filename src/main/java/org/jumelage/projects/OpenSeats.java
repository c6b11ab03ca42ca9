package org.jumelage.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectRepository;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.springframework.stereotype.Service;

/**
 * The seats of projects open for matching, with the project facts the matching needs. Nothing here
 * is private (the public catalogue shows the same), so no caller check.
 */
@Service
public class OpenSeats {

    /** One seat of an open project and the facts of its project and organisation. */
    public record OpenSeatFacts(String projectId, String projectTitle, String organisationId,
            String organisationName, Region organisationRegion, Sector sector, Priority priority,
            LocalDate earliestStart, LocalDate deadline, boolean personalData, SeatSpec seat) {
    }

    private final ProjectRepository projects;
    private final OrganisationDirectory organisations;

    public OpenSeats(ProjectRepository projects, OrganisationDirectory organisations) {
        this.projects = projects;
        this.organisations = organisations;
    }

    /**
     * Seats of the OPEN projects whose organisation is in the region and sector (null: any), by
     * project then seat.
     */
    public List<OpenSeatFacts> find(Region region, Sector sector) {
        List<Project> open = projects.findByStatus(ProjectStatus.OPEN);
        Map<String, OrganisationSummary> owners = organisations.findAll(
                open.stream().map(Project::getOrganisationId).distinct().toList());
        List<OpenSeatFacts> seats = new ArrayList<>();
        for (Project p : open) {
            OrganisationSummary owner = owners.get(p.getOrganisationId());
            if (owner == null || (region != null && owner.region() != region)
                    || (sector != null && owner.sector() != sector)) {
                continue;
            }
            boolean personal = p.getDataInvolved() != null && p.getDataInvolved().isPersonal();
            for (SeatSpec seat : p.getSeats()) {
                if (seat.id() == null || seat.hours() <= 0) {
                    continue;
                }
                seats.add(new OpenSeatFacts(p.getId(), p.getTitle(), owner.id(), owner.legalName(), owner.region(),
                        owner.sector(), p.getPriority(), p.getEarliestStart(), p.getDeadline(), personal, seat));
            }
        }
        seats.sort(Comparator.comparing(OpenSeatFacts::projectId).thenComparing(s -> s.seat().id()));
        return seats;
    }
}
