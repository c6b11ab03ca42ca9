package org.jumelage.volunteers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.text.SearchText;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteerSummary;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One volunteer's profile, keyed by their user id (unique index). The name and address stay on the
 * account; {@code searchText} keeps a normalised copy of the name with the institution and
 * programme, refreshed at each save, so coordinators can search by words. Commands reach this
 * document already validated.
 */
@Document("volunteer_profiles")
public class VolunteerProfile extends BaseDocument {

    private String userId;
    private String institution;
    private String programme;
    private StudyLevel level;
    private List<RequiredSkill> skills = new ArrayList<>();
    private List<String> learningGoals = new ArrayList<>();
    private Set<WorkingLanguage> languages = EnumSet.noneOf(WorkingLanguage.class);
    private Region region;
    private boolean remoteOk;
    private List<AvailabilityWindow> windows = new ArrayList<>();
    private int maxConcurrentSeats = 1;
    private Integer creditHoursNeeded;
    private List<ConflictOfInterest> conflicts = new ArrayList<>();
    private boolean consentToShare;
    /** When consent was last given or withdrawn; null while it was never given. */
    private Instant consentChangedAt;
    private String searchText;

    protected VolunteerProfile() {
    }

    public VolunteerProfile(String userId) {
        this.userId = Objects.requireNonNull(userId);
    }

    /** Takes a validated command; a change of consent is dated. */
    public void apply(VolunteerProfileCommand command, String displayName, Instant now) {
        if (command.consentToShare() != consentToShare || (command.consentToShare() && consentChangedAt == null)) {
            // The store keeps milliseconds; so does the document, so a read equals what was saved.
            consentChangedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
        this.institution = command.institution();
        this.programme = command.programme();
        this.level = command.level();
        this.skills = new ArrayList<>(command.skills());
        this.learningGoals = new ArrayList<>(command.learningGoals());
        this.languages = command.languages().isEmpty() ? EnumSet.noneOf(WorkingLanguage.class)
                : EnumSet.copyOf(command.languages());
        this.region = command.region();
        this.remoteOk = command.remoteOk();
        this.windows = new ArrayList<>(command.windows());
        this.maxConcurrentSeats = command.maxConcurrentSeats();
        this.creditHoursNeeded = command.creditHoursNeeded();
        this.consentToShare = command.consentToShare();
        this.conflicts = new ArrayList<>(command.conflicts());
        this.searchText = SearchText.normalise(String.join(" ", Objects.toString(displayName, ""),
                Objects.toString(institution, ""), Objects.toString(programme, "")));
    }

    public VolunteerProfileDetails toDetails(String displayName, String email) {
        return new VolunteerProfileDetails(userId, displayName, email, institution, programme, level,
                List.copyOf(skills), List.copyOf(learningGoals), Set.copyOf(languages), region, remoteOk,
                List.copyOf(windows), maxConcurrentSeats, creditHoursNeeded, consentToShare, consentChangedAt,
                getUpdatedAt(), getVersion() == null ? 0 : getVersion(), conflicts());
    }

    public VolunteerSummary toSummary(String displayName) {
        return new VolunteerSummary(userId, displayName, level, List.copyOf(skills), List.copyOf(learningGoals),
                Set.copyOf(languages), region, remoteOk, List.copyOf(windows), maxConcurrentSeats,
                conflicts().stream().map(ConflictOfInterest::organisationId).collect(Collectors.toUnmodifiableSet()));
    }

    /** Declared conflicts of interest (none in profiles saved before they could be declared). */
    public List<ConflictOfInterest> conflicts() {
        return conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public String getUserId() {
        return userId;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Instant getConsentChangedAt() {
        return consentChangedAt;
    }
}
