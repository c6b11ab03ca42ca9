package org.jumelage.organisations.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.shared.domain.Neq;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.review.ReviewedMembership;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An OSBL. The NEQ is stored as ten digits and has a unique index, so one enterprise is registered
 * once. Members are referenced by user id; the administrator is one of them. Texts are stored as
 * typed (the screens escape them). The profile is validated by {@link OrganisationProfile} before
 * it reaches this document.
 */
@Document("organisations")
public class Organisation extends ReviewedMembership<VerificationStatus> {

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

    /** Lower-case, accent-free legal name, city and NEQ, for search. */
    private String searchText;

    protected Organisation() {
        super(VerificationStatus.PENDING, null);
    }

    /** A new, pending organisation; with an administrator, they are its first member. */
    public Organisation(OrganisationProfile profile, String administratorId) {
        super(VerificationStatus.PENDING, administratorId);
        apply(profile);
    }

    /** Ten digits from a NEQ as typed ("1234-567 890"), or null if it has not exactly ten. */
    public static String normaliseNeq(String typed) {
        return Neq.normalise(typed);
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
        reopen(VerificationStatus.PENDING);
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(getId(), legalName, region, sector, getStatus());
    }

    public OrganisationDetails toDetails() {
        return new OrganisationDetails(getId(), legalName, neq, sector, region, street, city, postalCode, employees,
                volunteers, budget, description, website, getStatus(), getRejectionReason(), getDecidedBy(),
                getDecidedAt(), getAdministratorId(), memberIds(), getCreatedAt(), getVersion() == null ? 0 : getVersion());
    }

    public String getLegalName() {
        return legalName;
    }

    public String getNeq() {
        return neq;
    }

    public String getSearchText() {
        return searchText;
    }

    public EmployeeBand getEmployees() {
        return employees;
    }
}
