package org.jumelage.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.training.internal.CourseStore;
import org.jumelage.training.internal.Enrolment;
import org.jumelage.training.internal.ScopingWaiverRepository;
import org.springframework.stereotype.Service;

/**
 * Who completed what, for other features: the project submission gate, the matching
 * prerequisites and the skills a profile shows as evidenced. No permission check: completions of
 * courses are not private, and these methods reveal nothing else.
 */
@Service
public class TrainingRecords {

    /** Privacy and cybersecurity under Québec's Law 25: needed for a seat that handles personal data. */
    public static final String PRIVACY_COURSE = "privacy-law25";
    /** Scoping a pro bono project: an organisation needs one member who completed it to submit its first project. */
    public static final String SCOPING_COURSE = "scoping-pro-bono";

    private final CourseStore store;
    private final ScopingWaiverRepository waivers;
    private final OrganisationDirectory organisations;

    public TrainingRecords(CourseStore store, ScopingWaiverRepository waivers, OrganisationDirectory organisations) {
        this.store = store;
        this.waivers = waivers;
        this.organisations = organisations;
    }

    public boolean hasCompleted(String userId, String courseCode) {
        return userId != null && store.enrolments().findByUserIdAndCourseCode(userId, courseCode)
                .map(e -> e.getCompletedAt() != null).orElse(false);
    }

    /** Codes of the courses the person completed. */
    public Set<String> completedCourses(String userId) {
        Set<String> codes = new TreeSet<>();
        store.enrolments().findByUserIdAndCompletedAtNotNull(userId).forEach(e -> codes.add(e.getCourseCode()));
        return codes;
    }

    /** Completed course codes of several people at once (the solver's facts); absent people completed none. */
    public Map<String, Set<String>> completedCourses(Collection<String> userIds) {
        Map<String, Set<String>> byUser = new HashMap<>();
        if (userIds == null || userIds.isEmpty()) {
            return byUser;
        }
        for (Enrolment e : store.enrolments().findByUserIdInAndCompletedAtNotNull(userIds)) {
            byUser.computeIfAbsent(e.getUserId(), u -> new TreeSet<>()).add(e.getCourseCode());
        }
        return byUser;
    }

    /** Skill codes related to the versions of courses the person completed. */
    public Set<String> evidencedSkills(String userId) {
        Set<String> skills = new LinkedHashSet<>();
        for (Enrolment e : store.enrolments().findByUserIdAndCompletedAtNotNull(userId)) {
            store.courses().findById(e.getCourseId()).ifPresent(c -> skills.addAll(c.getContent().relatedSkills()));
        }
        return skills;
    }

    /** Whether the organisation may submit projects: a member completed the scoping course, or a coordinator waived it. */
    public boolean scopingCleared(String organisationId) {
        if (organisationId == null) {
            return false;
        }
        if (waivers.existsByOrganisationId(organisationId)) {
            return true;
        }
        List<String> members = organisations.memberIds(organisationId);
        return !members.isEmpty()
                && !store.enrolments().findByUserIdInAndCourseCodeAndCompletedAtNotNull(members, SCOPING_COURSE)
                        .isEmpty();
    }

    /** The coordinator's waiver of the scoping course for the organisation, if any. */
    public Optional<ScopingWaiverView> waiver(String organisationId) {
        return waivers.findByOrganisationId(organisationId).map(w -> new ScopingWaiverView(w.getOrganisationId(),
                w.getReason(), w.getGrantedBy(), w.getGrantedAt()));
    }
}
