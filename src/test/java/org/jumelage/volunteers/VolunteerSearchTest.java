package org.jumelage.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coordinators' filters: skill with a minimum level, region, availability on a day with enough hours, words. */
class VolunteerSearchTest extends VolunteersTestSupport {

    String marker;
    VolunteerProfileDetails ana;
    VolunteerProfileDetails ben;
    VolunteerProfileDetails cleo;

    @BeforeEach
    void threeVolunteers() {
        marker = "Recherche" + System.nanoTime();
        ana = volunteerWith("Ana", profile(marker + " Ana", List.of(new RequiredSkill("data.sql", SkillLevel.EXPERT)),
                Region.MONTREAL, List.of(new AvailabilityWindow("Hiver", LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 4, 30), 12)), true));
        ben = volunteerWith("Ben", profile(marker + " Ben", List.of(new RequiredSkill("data.sql", SkillLevel.BASIC),
                new RequiredSkill("web.wordpress", SkillLevel.ADVANCED)), Region.ESTRIE,
                List.of(new AvailabilityWindow("Été", LocalDate.of(2027, 5, 3), LocalDate.of(2027, 8, 20), 20)),
                false));
        cleo = volunteerWith("Cléo Tremblay", profile(marker + " Cleo",
                List.of(new RequiredSkill("web.wordpress", SkillLevel.WORKING)), Region.MONTREAL,
                List.of(new AvailabilityWindow("Hiver", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 30), 5)),
                true));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coordo"));
    }

    @Test
    void filters_by_skill_and_minimum_level() {
        assertThat(names(filter("data.sql", null, null, null, null))).containsExactlyInAnyOrder("Ana", "Ben");
        assertThat(names(filter("data.sql", SkillLevel.ADVANCED, null, null, null))).containsExactly("Ana");
        assertThat(names(filter("web.wordpress", SkillLevel.WORKING, null, null, null)))
                .containsExactlyInAnyOrder("Ben", "Cléo Tremblay");
    }

    @Test
    void filters_by_region() {
        assertThat(names(filter(null, null, Region.MONTREAL, null, null)))
                .containsExactlyInAnyOrder("Ana", "Cléo Tremblay");
    }

    @Test
    void filters_by_availability_on_a_day_and_hours_per_week() {
        LocalDate february = LocalDate.of(2027, 2, 15);
        assertThat(names(filter(null, null, null, february, null))).containsExactlyInAnyOrder("Ana", "Cléo Tremblay");
        assertThat(names(filter(null, null, null, february, 10))).containsExactly("Ana");
        assertThat(names(filter(null, null, null, LocalDate.of(2027, 4, 30), null))).hasSize(2);
        assertThat(names(filter(null, null, null, LocalDate.of(2027, 9, 1), null))).isEmpty();
        assertThat(names(filter(null, null, null, null, 15))).containsExactly("Ben");
    }

    @Test
    void filters_by_words_without_accents_and_pages_with_a_count() {
        assertThat(names(new VolunteerFilter(null, null, null, null, null, "cleo TREMBLAY")))
                .contains("Cléo Tremblay");
        VolunteerFilter all = new VolunteerFilter(null, null, null, null, null, marker);
        assertThat(search.count(all)).isEqualTo(3);
        assertThat(search.search(all, 0, 2)).hasSize(2);
        assertThat(search.search(all, 2, 2)).hasSize(1);
    }

    private VolunteerFilter filter(String skill, SkillLevel level, Region region, LocalDate day, Integer hours) {
        return new VolunteerFilter(skill, level, region, day, hours, marker);
    }

    private List<String> names(VolunteerFilter filter) {
        return search.search(filter, 0, 50).stream().map(VolunteerProfileDetails::displayName).toList();
    }
}
