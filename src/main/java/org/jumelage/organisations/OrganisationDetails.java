package org.jumelage.organisations;

import java.time.Instant;
import java.util.List;

import org.jumelage.shared.domain.Neq;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/**
 * Everything about one organisation, for its own members and for coordinators only. Addresses,
 * members and the review trail are private: other features get {@link OrganisationSummary}.
 *
 * @param neq             ten digits
 * @param decidedBy       user id of the coordinator who last verified or rejected it, or null
 * @param administratorId user id of the member who manages members and invitations; null for an
 *                        organisation the platform created (demo data)
 * @param memberIds       user ids of all members, the administrator included
 * @param version         to send back with a change, so a concurrent edit is refused
 */
public record OrganisationDetails(
        String id,
        String legalName,
        String neq,
        Sector sector,
        Region region,
        String street,
        String city,
        String postalCode,
        EmployeeBand employees,
        VolunteerBand volunteers,
        BudgetBand budget,
        String description,
        String website,
        VerificationStatus status,
        String rejectionReason,
        String decidedBy,
        Instant decidedAt,
        String administratorId,
        List<String> memberIds,
        Instant createdAt,
        long version) {

    public OrganisationProfile profile() {
        return new OrganisationProfile(legalName, neq, sector, region, street, city, postalCode, employees,
                volunteers, budget, description, website);
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, legalName, region, sector, status);
    }

    public boolean isAdministrator(String userId) {
        return userId != null && userId.equals(administratorId);
    }

    /** The NEQ as usually written: {@code 1234 567 890}. */
    public String formattedNeq() {
        return Neq.format(neq);
    }
}
