package org.jumelage.organisations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An OSBL. The NEQ is stored as ten digits and has a unique index, so one enterprise is registered
 * once. Members are referenced by user id; the administrator is one of them. Texts are stored as
 * typed (the screens escape them). The profile is validated by {@link OrganisationProfile} before
 * it reaches this document.
 */
@Document("organisations")
public class Organisation extends BaseDocument {

    private String legalName;
    private String neq;
    private Sector sector;
    private Region region;
    private String street;
    private String city;
    private String postalCode;
    private EmployeeBand employees;
    private VolunteerBand volunteers;
    private BudgetBand budget;
    private String description;
    private String website;

    private VerificationStatus status = VerificationStatus.PENDING;
    private String rejectionReason;
    private String decidedBy;
    private Instant decidedAt;

    private List<String> members = new ArrayList<>();
    private String administratorId;

    /** Lower-case, accent-free legal name, city and NEQ, for search. */
    private String searchText;

    protected Organisation() {
    }

    /** A new, pending organisation; with an administrator, they are its first member. */
    public Organisation(OrganisationProfile profile, String administratorId) {
        apply(profile);
        this.administratorId = administratorId;
        if (administratorId != null) {
            members.add(administratorId);
        }
    }

    /** Ten digits from a NEQ as typed ("1234-567 890"), or null if it has not exactly ten. */
    public static String normaliseNeq(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits : null;
    }

    /** {@code h2x1y4} becomes {@code H2X 1Y4}. */
    public static String normalisePostalCode(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 3) + " " + compact.substring(3) : compact;
    }

    /**
     * Takes a validated profile.
     *
     * @return whether the organisation's identity (legal name or NEQ) changed
     */
    public boolean apply(OrganisationProfile profile) {
        String newNeq = normaliseNeq(profile.neq());
        boolean identityChanged = !Objects.equals(legalName, profile.legalName()) || !Objects.equals(neq, newNeq);
        this.legalName = profile.legalName();
        this.neq = newNeq;
        this.sector = profile.sector();
        this.region = profile.region();
        this.street = profile.street();
        this.city = profile.city();
        this.postalCode = normalisePostalCode(profile.postalCode());
        this.employees = profile.employees();
        this.volunteers = profile.volunteers();
        this.budget = profile.budget();
        this.description = profile.description();
        this.website = profile.website();
        this.searchText = SearchText.normalise(String.join(" ", legalName, Objects.toString(city, ""), neq));
        return identityChanged;
    }

    public void verify(String coordinatorId, Instant at) {
        decide(VerificationStatus.VERIFIED, null, coordinatorId, at);
    }

    public void reject(String reason, String coordinatorId, Instant at) {
        decide(VerificationStatus.REJECTED, reason, coordinatorId, at);
    }

    /** Back to the coordinators' queue; the last decision stays on record until the next one. */
    public void resubmit() {
        this.status = VerificationStatus.PENDING;
    }

    private void decide(VerificationStatus status, String reason, String coordinatorId, Instant at) {
        this.status = status;
        this.rejectionReason = reason;
        this.decidedBy = coordinatorId;
        this.decidedAt = at;
    }

    public boolean isMember(String userId) {
        return userId != null && members.contains(userId);
    }

    public boolean isAdministrator(String userId) {
        return userId != null && userId.equals(administratorId);
    }

    public void addMember(String userId) {
        if (!members.contains(userId)) {
            members.add(userId);
        }
    }

    public void removeMember(String userId) {
        members.remove(userId);
    }

    /** Member ids with the administrator first. */
    public List<String> memberIds() {
        List<String> ordered = new ArrayList<>();
        if (administratorId != null && members.contains(administratorId)) {
            ordered.add(administratorId);
        }
        members.stream().filter(id -> !id.equals(administratorId)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(getId(), legalName, region, sector, status);
    }

    public OrganisationDetails toDetails() {
        return new OrganisationDetails(getId(), legalName, neq, sector, region, street, city, postalCode, employees,
                volunteers, budget, description, website, status, rejectionReason, decidedBy, decidedAt,
                administratorId, memberIds(), getCreatedAt(), getVersion() == null ? 0 : getVersion());
    }

    public String getLegalName() {
        return legalName;
    }

    public String getNeq() {
        return neq;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getAdministratorId() {
        return administratorId;
    }

    public String getSearchText() {
        return searchText;
    }

    public EmployeeBand getEmployees() {
        return employees;
    }
}
