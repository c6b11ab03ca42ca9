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
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm that owes pro bono hours. The NEQ, when present, is stored as ten digits under a unique
 * (sparse) index; members are referenced by user id, the administrator among them. The profile is
 * validated by {@link FirmProfile} before it reaches this document.
 */
@Document("firms")
public class Firm extends BaseDocument {

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

    private FirmStatus status = FirmStatus.PENDING;
    private String rejectionReason;
    private String decidedBy;
    private Instant decidedAt;

    private List<String> members = new ArrayList<>();
    private String administratorId;
    private String searchText;
    /** Whether the public transparency page may name the firm with the share of its obligations fulfilled. */
    private boolean publishesFulfilment;

    protected Firm() {
    }

    public Firm(FirmProfile profile, String administratorId) {
        apply(profile);
        this.administratorId = administratorId;
        if (administratorId != null) {
            members.add(administratorId);
        }
    }

    /** Ten digits from a NEQ as typed, or null when absent or not exactly ten digits. */
    public static String normaliseNeq(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits : null;
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

    private void decide(FirmStatus newStatus, String reason, String coordinatorId, Instant at) {
        this.status = newStatus;
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

    /**
     * Removes a member; a firm always keeps one. When the administrator goes, the longest-standing
     * remaining member takes over, so the firm is never left without one.
     */
    public void removeMember(String userId) {
        if (members.size() <= 1) {
            throw new IllegalStateException("A firm keeps at least one member");
        }
        members.remove(userId);
        if (userId.equals(administratorId)) {
            administratorId = members.get(0);
        }
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

    public FirmProfile toProfile() {
        return new FirmProfile(name, neq, size, regions, languages, description, teamSkills, contactEmail,
                contactPhone, availability, blackouts, conflicts == null ? List.of() : conflicts);
    }

    public FirmSummary toSummary() {
        return new FirmSummary(getId(), name, size, Set.copyOf(regions), Set.copyOf(languages), status);
    }

    public FirmDetails toDetails() {
        return new FirmDetails(getId(), toProfile(), neq, status, rejectionReason, decidedBy, decidedAt,
                administratorId, memberIds(), getCreatedAt(), getVersion() == null ? 0 : getVersion(),
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

    public FirmStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
