package org.jumelage.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** Read access to organisations for other features. No permission check: it reveals no contact details. */
public interface OrganisationDirectory {

    Optional<OrganisationSummary> find(String organisationId);

    /** The organisation a person belongs to (a person belongs to at most one). */
    Optional<OrganisationSummary> ofMember(String userId);

    /** User ids of the organisation's members, its administrator first. */
    List<String> memberIds(String organisationId);

    /** Summaries of several organisations at once, by id; unknown ids are left out. */
    Map<String, OrganisationSummary> findAll(Collection<String> organisationIds);

    /** Ids of organisations in the region and sector; a null argument does not filter. */
    List<String> idsMatching(Region region, Sector sector);

    /**
     * Verified organisations whose name (or city, or NEQ) contains the words typed, accents and case
     * aside, by name; a page of them, for choosing one (e.g. to declare a conflict of interest).
     */
    List<OrganisationSummary> verified(String filter, int offset, int limit);

    /** Employee bands of several organisations, by id; unknown ids and organisations without a band are left out. */
    Map<String, EmployeeBand> employeeBands(Collection<String> organisationIds);
}
