package org.jumelage.matching.solver;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * A value of the seats' planning variable: a firm obligation or a volunteer. Ids are unique across
 * both kinds ({@code obligation:<id>} and {@code volunteer:<id>} in generated and exported data).
 */
public abstract sealed class Provider permits FirmObligation, Volunteer {

    /** The course a provider must have completed to take a seat that handles personal data. */
    public static final String PRIVACY_COURSE = "privacy";

    private final String id;

    protected Provider(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public String getId() {
        return id;
    }

    public abstract ProviderKind kind();

    public abstract String displayName();

    public abstract Map<String, SkillLevel> skills();

    public abstract Set<WorkingLanguage> languages();

    /** Regions it works in (on site). */
    public abstract Set<Region> regions();

    public abstract Set<String> conflictsOfInterest();

    public abstract Set<String> completedCourses();

    public abstract boolean acceptsRemote();

    /** Hours it can deliver within the window, ignoring what other seats take. */
    public abstract long deliverableHoursIn(DateRange window);

    public boolean isObligation() {
        return this instanceof FirmObligation;
    }

    public boolean isVolunteer() {
        return this instanceof Volunteer;
    }

    public SkillLevel levelOf(String skillCode) {
        return skills().get(skillCode);
    }

    public boolean speaks(WorkingLanguage asked) {
        for (WorkingLanguage offered : languages()) {
            if (asked.acceptedBy(offered)) {
                return true;
            }
        }
        return false;
    }

    public boolean completed(String course) {
        return completedCourses().contains(course);
    }

    @Override
    public String toString() {
        return id;
    }
}
