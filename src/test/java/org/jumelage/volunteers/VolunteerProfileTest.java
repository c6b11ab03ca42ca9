package org.jumelage.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A volunteer's own profile: saving, validation by field, consent dates, optimistic locking. */
@RecordApplicationEvents
class VolunteerProfileTest extends VolunteersTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void volunteer_saves_a_profile_with_texts_trimmed_and_reads_it_back_with_the_account_name() {
        Person sam = person(Role.VOLUNTEER, Languages.FRENCH, "Sam Gagnon");
        signIn(sam);
        assertThat(service.mine()).isEmpty();
        VolunteerProfileCommand typed = profile("  Baccalauréat en informatique  ");

        VolunteerProfileDetails saved = service.save(new VolunteerProfileCommand("  ", typed.programme(),
                typed.level(), typed.skills(), typed.learningGoals(), typed.languages(), typed.region(), false,
                typed.windows(), 3, null, false), null);

        assertThat(saved.userId()).isEqualTo(sam.id());
        assertThat(saved.displayName()).isEqualTo("Sam Gagnon");
        assertThat(saved.institution()).isNull();
        assertThat(saved.programme()).isEqualTo("Baccalauréat en informatique");
        assertThat(saved.maxConcurrentSeats()).isEqualTo(3);
        assertThat(saved.creditHoursNeeded()).isNull();
        assertThat(saved.consentChangedAt()).isNull();
        assertThat(service.mine()).get().usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(saved);
        assertThat(repository.findByUserId(sam.id())).isPresent();
        assertThat(events.stream(VolunteerProfileSaved.class)).contains(new VolunteerProfileSaved(sam.id()));
    }

    @Test
    void each_bad_field_is_refused_with_its_translation_key_and_nothing_is_stored() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Lou");
        signIn(volunteer);
        VolunteerProfileCommand bad = new VolunteerProfileCommand("U".repeat(151), "P".repeat(151), null,
                List.of(new RequiredSkill("no.such-skill", SkillLevel.BASIC)), List.of("g1", "g2", "g3", "g4", "g5", "g6"),
                Set.of(), null, true,
                List.of(new AvailabilityWindow("", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), 0),
                        new AvailabilityWindow("L".repeat(61), null, null, 41)),
                4, 1001, true);

        assertThatThrownBy(() -> service.save(bad, null)).isInstanceOfSatisfying(VolunteerException.class,
                e -> assertThat(e.fieldMessageKeys()).containsOnly(
                        entry("institution", "volunteer.institution.tooLong"),
                        entry("programme", "volunteer.programme.tooLong"),
                        entry("level", "volunteer.level.required"),
                        entry("skills", "volunteer.skills.unknown"),
                        entry("learningGoals", "volunteer.learningGoals.tooMany"),
                        entry("languages", "volunteer.languages.required"),
                        entry("region", "volunteer.region.required"),
                        entry("windows[0].label", "volunteer.window.label.required"),
                        entry("windows[0].to", "volunteer.window.to.beforeFrom"),
                        entry("windows[0].hoursPerWeek", "volunteer.window.hours.range"),
                        entry("windows[1].label", "volunteer.window.label.tooLong"),
                        entry("windows[1].from", "volunteer.window.from.required"),
                        entry("windows[1].to", "volunteer.window.to.required"),
                        entry("windows[1].hoursPerWeek", "volunteer.window.hours.range"),
                        entry("maxConcurrentSeats", "volunteer.maxSeats.range"),
                        entry("creditHoursNeeded", "volunteer.creditHours.range")));
        assertThat(repository.findByUserId(volunteer.id())).isEmpty();
    }

    @Test
    void duplicate_or_unknown_skills_too_many_skills_and_a_language_other_than_french_or_english_are_refused() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Alex");
        signIn(volunteer);
        VolunteerProfileCommand ok = profile("Programme");
        List<RequiredSkill> twice = List.of(new RequiredSkill("data.sql", SkillLevel.BASIC),
                new RequiredSkill("data.sql", SkillLevel.EXPERT));
        List<RequiredSkill> sixteen = new ArrayList<>(Collections.nCopies(16, new RequiredSkill("data.sql",
                SkillLevel.BASIC)));

        assertRefused(withSkills(ok, twice, ok.learningGoals(), ok.languages()), "skills", "volunteer.skills.duplicate");
        assertRefused(withSkills(ok, sixteen, ok.learningGoals(), ok.languages()), "skills", "volunteer.skills.tooMany");
        assertRefused(withSkills(ok, List.of(new RequiredSkill("data.sql", null)), ok.learningGoals(),
                ok.languages()), "skills", "volunteer.skills.incomplete");
        assertRefused(withSkills(ok, ok.skills(), List.of("data.sql", "data.sql"), ok.languages()), "learningGoals",
                "volunteer.learningGoals.duplicate");
        assertRefused(withSkills(ok, ok.skills(), List.of("nope"), ok.languages()), "learningGoals",
                "volunteer.skills.unknown");
        assertRefused(withSkills(ok, ok.skills(), ok.learningGoals(), Set.of(WorkingLanguage.EITHER)), "languages",
                "volunteer.languages.invalid");
        assertRefused(new VolunteerProfileCommand(ok.institution(), ok.programme(), ok.level(), ok.skills(),
                ok.learningGoals(), ok.languages(), ok.region(), ok.remoteOk(), Collections.nCopies(9, winter()),
                ok.maxConcurrentSeats(), ok.creditHoursNeeded(), ok.consentToShare()), "windows",
                "volunteer.windows.tooMany");
        assertThat(repository.findByUserId(volunteer.id())).isEmpty();
    }

    @Test
    void giving_and_withdrawing_consent_is_dated() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Noa");
        signIn(volunteer);
        VolunteerProfileDetails given = service.save(profile("Consent"), null);
        assertThat(given.consentToShare()).isTrue();
        assertThat(given.consentChangedAt()).isCloseTo(clock.instant(), within(5, ChronoUnit.SECONDS));

        clock.advance(Duration.ofDays(3));
        VolunteerProfileDetails kept = service.save(given.toCommand(), given.version());
        assertThat(kept.consentChangedAt()).isEqualTo(given.consentChangedAt());

        clock.advance(Duration.ofDays(2));
        VolunteerProfileCommand c = kept.toCommand();
        VolunteerProfileDetails withdrawn = service.save(new VolunteerProfileCommand(c.institution(), c.programme(),
                c.level(), c.skills(), c.learningGoals(), c.languages(), c.region(), c.remoteOk(), c.windows(),
                c.maxConcurrentSeats(), c.creditHoursNeeded(), false), kept.version());
        assertThat(withdrawn.consentToShare()).isFalse();
        assertThat(withdrawn.consentChangedAt()).isCloseTo(clock.instant(), within(5, ChronoUnit.SECONDS))
                .isAfter(given.consentChangedAt().plus(Duration.ofDays(4)));
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_the_newer_profile_is_kept() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Kim");
        signIn(volunteer);
        VolunteerProfileDetails first = service.save(profile("Premier"), null);
        VolunteerProfileDetails second = service.save(profile("Deuxième"), first.version());

        assertThatThrownBy(() -> service.save(profile("Troisième"), first.version()))
                .isInstanceOfSatisfying(VolunteerException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.concurrentEdit"));
        assertThatThrownBy(() -> service.save(profile("Sans version"), null))
                .isInstanceOfSatisfying(VolunteerException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.concurrentEdit"));
        assertThat(service.mine().orElseThrow().programme()).isEqualTo("Deuxième");
        assertThat(second.version()).isGreaterThan(first.version());
    }

    private void assertRefused(VolunteerProfileCommand command, String field, String key) {
        assertThatThrownBy(() -> service.save(command, null)).isInstanceOfSatisfying(VolunteerException.class,
                e -> assertThat(e.fieldMessageKeys()).containsEntry(field, key));
    }

    private static VolunteerProfileCommand withSkills(VolunteerProfileCommand p, List<RequiredSkill> skills,
            List<String> goals, Set<WorkingLanguage> languages) {
        return new VolunteerProfileCommand(p.institution(), p.programme(), p.level(), skills, goals, languages,
                p.region(), p.remoteOk(), p.windows(), p.maxConcurrentSeats(), p.creditHoursNeeded(),
                p.consentToShare());
    }
}
