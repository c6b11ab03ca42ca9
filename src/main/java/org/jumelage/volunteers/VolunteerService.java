package org.jumelage.volunteers;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.organisations.ConflictsCheck;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.volunteers.internal.Institutions;
import org.jumelage.volunteers.internal.VolunteerProfile;
import org.jumelage.volunteers.internal.VolunteerProfileRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * A volunteer's own profile. There is no way to name another person here: every method works on
 * the signed-in volunteer, so one volunteer can never read or change another's profile. Coordinators
 * read profiles through {@link VolunteerSearch}; matching through {@link VolunteerDirectory}.
 */
@Service
public class VolunteerService {

    private static final Set<WorkingLanguage> LANGUAGES = EnumSet.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH);

    private final VolunteerProfileRepository profiles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SkillCatalogue skills;
    private final Institutions institutions;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganisationDirectory organisations;

    public VolunteerService(VolunteerProfileRepository profiles, AccountService accounts, CurrentUser currentUser,
            SkillCatalogue skills, Institutions institutions, Validator validator, ApplicationEventPublisher events,
            Clock clock, OrganisationDirectory organisations) {
        this.organisations = organisations;
        this.profiles = profiles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.skills = skills;
        this.institutions = institutions;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in volunteer's profile, empty until they first save it. */
    @RolesAllowed(Role.VOLUNTEER_ROLE)
    public Optional<VolunteerProfileDetails> mine() {
        UserSummary me = me();
        return profiles.findByUserId(me.id()).map(p -> p.toDetails(me.displayName(), me.email()));
    }

    /**
     * Creates or replaces the signed-in volunteer's profile.
     *
     * @param expectedVersion the version last read ({@link VolunteerProfileDetails#version()}), or
     *                        null when the volunteer had no profile yet
     * @throws VolunteerException with every problem by field (nothing is stored), or
     *                            {@code common.concurrentEdit} when the profile changed meanwhile
     */
    @RolesAllowed(Role.VOLUNTEER_ROLE)
    public VolunteerProfileDetails save(VolunteerProfileCommand command, Long expectedVersion) {
        UserSummary me = me();
        VolunteerProfile profile = profiles.findByUserId(me.id()).orElse(null);
        VolunteerProfileCommand valid = validated(command,
                profile == null ? List.of() : profile.conflicts().stream().map(ConflictOfInterest::organisationId).toList());
        if (profile == null) {
            profile = new VolunteerProfile(me.id());
        } else if (expectedVersion == null || !expectedVersion.equals(profile.getVersion())) {
            throw new VolunteerException("common.concurrentEdit");
        }
        profile.apply(valid, me.displayName(), clock.instant());
        VolunteerProfile saved;
        try {
            saved = profiles.save(profile);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // Another tab saved first (or created the profile at the same moment).
            throw new VolunteerException("common.concurrentEdit");
        }
        events.publishEvent(new VolunteerProfileSaved(me.id()));
        return saved.toDetails(me.displayName(), me.email());
    }

    /** Québec universities and cégeps to suggest for the institution field. */
    public List<String> institutionSuggestions() {
        return institutions.names();
    }

    private UserSummary me() {
        String id = currentUser.requireId();
        return accounts.find(id).orElseThrow(() -> new VolunteerException("account.notFound"));
    }

    /**
     * Bean Validation, then the catalogue, set and conflict rules; every problem at once, by field.
     *
     * @param declared organisations the profile declares a conflict with now, accepted whatever their status
     */
    private VolunteerProfileCommand validated(VolunteerProfileCommand command, List<String> declared) {
        if (command == null) {
            throw new VolunteerException("level", "volunteer.level.required");
        }
        VolunteerProfileCommand trimmed = command.trimmed();
        Map<String, String> problems = new LinkedHashMap<>();
        Set<ConstraintViolation<VolunteerProfileCommand>> violations = validator.validate(trimmed);
        if (!violations.isEmpty()) {
            VolunteerException.of(violations).fieldMessageKeys()
                    .forEach((field, key) -> problems.putIfAbsent(field.replace(".periodValid", ".to"), key));
        }
        checkSkills(trimmed, problems);
        checkGoals(trimmed, problems);
        if (!LANGUAGES.containsAll(trimmed.languages())) {
            problems.putIfAbsent("languages", "volunteer.languages.invalid");
        }
        for (int i = 0; i < trimmed.windows().size(); i++) {
            if (trimmed.windows().get(i) == null) {
                problems.putIfAbsent("windows[" + i + "]", "volunteer.windows.invalid");
            }
        }
        if (trimmed.conflicts().stream().noneMatch(java.util.Objects::isNull)) {
            ConflictsCheck.problems("conflicts", trimmed.conflicts(), declared, organisations)
                    .forEach(problems::putIfAbsent);
        } else {
            problems.putIfAbsent("conflicts", "conflict.organisation.required");
        }
        if (!problems.isEmpty()) {
            throw VolunteerException.ofFields(problems);
        }
        return trimmed;
    }

    private void checkSkills(VolunteerProfileCommand command, Map<String, String> problems) {
        Set<String> seen = new HashSet<>();
        for (RequiredSkill skill : command.skills()) {
            if (skill == null || skill.skillCode() == null || skill.level() == null) {
                problems.putIfAbsent("skills", "volunteer.skills.incomplete");
            } else if (!skills.exists(skill.skillCode())) {
                problems.putIfAbsent("skills", "volunteer.skills.unknown");
            } else if (!seen.add(skill.skillCode())) {
                problems.putIfAbsent("skills", "volunteer.skills.duplicate");
            }
        }
    }

    private void checkGoals(VolunteerProfileCommand command, Map<String, String> problems) {
        Set<String> seen = new HashSet<>();
        for (String code : command.learningGoals()) {
            if (code == null || !skills.exists(code)) {
                problems.putIfAbsent("learningGoals", "volunteer.skills.unknown");
            } else if (!seen.add(code)) {
                problems.putIfAbsent("learningGoals", "volunteer.learningGoals.duplicate");
            }
        }
    }
}
