package org.jumelage.firms.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.FirmSummary;
import org.jumelage.firms.SizeBand;
import org.jumelage.firms.TeamSkill;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Neq;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.review.ReviewedMembership;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm that owes pro bono hours. The NEQ, when present, is stored as ten digits under a unique
 * (sparse) index; members are referenced by user id, the administrator among them. The profile is
 * validated by {@link FirmProfile} before it reaches this document.
 */
@Document("firms")
public class Firm extends ReviewedMembership<FirmStatus> {

    private String name;
    private String neq;
    /** The NEQ, or a unique placeholder without one: a unique index then needs no sparse support. */
    private String neqKey;
    private SizeBand size;
    private Set<Region> regions = new LinkedHashSet<>();
    private Set<WorkingLanguage> languages = new LinkedHashSet<>();
    private String description;
    private List<TeamSkill> teamSkills = new ArrayList<>();
    private String contactEmail;
    private String contactPhone;
    private List<AvailabilityPeriod> availability = new ArrayList<>();
    private List<BlackoutPeriod> blackouts = new ArrayList<>();
    private List<ConflictOfInterest> conflicts = new ArrayList<>();

    private String searchText;
    /** Whether the public transparency page may name the firm with the share of its obligations fulfilled. */
    private boolean publishesFulfilment;

    protected Firm() {
        super(FirmStatus.PENDING, null);
    }

    public Firm(FirmProfile profile, String administratorId) {
        super(FirmStatus.PENDING, administratorId);
        apply(profile);
    }

    /** Ten digits from a NEQ as typed, or null when absent or not exactly ten digits. */
    public static String normaliseNeq(String typed) {
        return Neq.normalise(typed);
    }

    public void apply(FirmProfile profile) {
        this.name = profile.name();
        this.neq = normaliseNeq(profile.neq());
        if (neq != null) {
            this.neqKey = neq;
        } else if (neqKey == null || neqKey.length() == 10) {
            this.neqKey = "none-" + java.util.UUID.randomUUID();
        }
        this.size = profile.size();
        this.regions = new LinkedHashSet<>(profile.regions());
        this.languages = new LinkedHashSet<>(profile.languages());
        this.description = profile.description();
        this.teamSkills = new ArrayList<>(profile.teamSkills());
        this.contactEmail = profile.contactEmail();
        this.contactPhone = profile.contactPhone();
        this.availability = new ArrayList<>(profile.availability());
        this.blackouts = new ArrayList<>(profile.blackouts());
        this.conflicts = new ArrayList<>(profile.conflicts());
        this.searchText = SearchText.normalise(name + " " + (neq == null ? "" : neq));
    }

    public void verify(String coordinatorId, Instant at) {
        decide(FirmStatus.VERIFIED, null, coordinatorId, at);
    }

    public void reject(String reason, String coordinatorId, Instant at) {
        decide(FirmStatus.REJECTED, reason, coordinatorId, at);
    }

    /**
     * Removes a member; a firm always keeps one. When the administrator goes, the longest-standing
     * remaining member takes over, so the firm is never left without one.
     */
    @Override
    public void removeMember(String userId) {
        if (memberIds().size() <= 1) {
            throw new IllegalStateException("A firm keeps at least one member");
        }
        boolean administrator = isAdministrator(userId);
        super.removeMember(userId);
        if (administrator) {
            passAdministrationOn();
        }
    }

    public FirmProfile toProfile() {
        return new FirmProfile(name, neq, size, regions, languages, description, teamSkills, contactEmail,
                contactPhone, availability, blackouts, conflicts == null ? List.of() : conflicts);
    }

    public FirmSummary toSummary() {
        return new FirmSummary(getId(), name, size, Set.copyOf(regions), Set.copyOf(languages), getStatus());
    }

    public FirmDetails toDetails() {
        return new FirmDetails(getId(), toProfile(), neq, getStatus(), getRejectionReason(), getDecidedBy(),
                getDecidedAt(), getAdministratorId(), memberIds(), getCreatedAt(), getVersion() == null ? 0 : getVersion(),
                publishesFulfilment);
    }

    public boolean publishesFulfilment() {
        return publishesFulfilment;
    }

    public void publishFulfilment(boolean publish) {
        this.publishesFulfilment = publish;
    }

    public String getName() {
        return name;
    }

    public String getNeq() {
        return neq;
    }

}
