package org.jumelage.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.HoursOverview;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteersTestSupport;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

/** The volunteer views' logic, driven server-side with Karibu against the real services and database. */
class VolunteerViewsTest extends VolunteersTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    SkillCatalogue skills;
    @Autowired
    HoursLedger ledger;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    org.jumelage.training.StarterCourses starterCourses;
    @Autowired
    org.jumelage.accounts.SystemActor system;
    @Autowired
    org.jumelage.training.Learning learning;
    @Autowired
    org.jumelage.training.TrainingRecords trainingRecords;
    @Autowired
    org.jumelage.accounts.CurrentUser currentUser;

    @BeforeEach
    void setUpVaadin() {
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    @Test
    void my_profile_shows_each_problem_next_to_its_field_then_saves_and_shows_the_saved_values() {
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Émilie"));
        VolunteerProfileView view = new VolunteerProfileView(service, skills, ledger, hoursOverview);
        assertThat(view.form.skills.rows()).hasSize(1);
        assertThat(view.form.windows.rows()).hasSize(1);
        assertThat(view.form.institution.isAllowCustomValue()).isTrue();
        assertThat(view.form.institution.getListDataView().getItems()).contains("Université Laval")
                .hasSizeGreaterThanOrEqualTo(25);
        var window = view.form.windows.rows().get(0);
        window.label.setValue("Session d’hiver");
        window.from.setValue(LocalDate.of(2027, 4, 30));
        window.to.setValue(LocalDate.of(2027, 1, 11));
        window.hours.setValue(10);
        view.form.maxSeats.setValue(5);

        view.save.click();

        assertThat(view.form.level.isInvalid()).isTrue();
        assertThat(view.form.level.getErrorMessage()).isEqualTo("Choisissez votre niveau d’études.");
        assertThat(view.form.languages.getErrorMessage()).isEqualTo("Choisissez au moins une langue de travail.");
        assertThat(view.form.region.getErrorMessage()).isEqualTo("Choisissez votre région.");
        assertThat(view.form.maxSeats.getErrorMessage()).isEqualTo("Choisissez de 1 à 3 projets en même temps.");
        assertThat(window.to.isInvalid()).isTrue();
        assertThat(window.to.getErrorMessage()).isEqualTo("La date de fin doit suivre la date de début.");
        assertThat(window.label.isInvalid()).isFalse();
        assertThat(service.mine()).isEmpty();

        view.form.institution.setValue("Cégep de Chicoutimi");
        view.form.programme.setValue("Techniques de l’informatique");
        view.form.level.setValue(StudyLevel.CEGEP);
        view.form.languages.setValue(Set.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH));
        view.form.region.setValue(Region.SAGUENAY_LAC_SAINT_JEAN);
        view.form.maxSeats.setValue(2);
        view.form.creditHours.setValue(60);
        var row = view.form.skills.rows().get(0);
        row.skill.setValue(skills.find("web.wordpress").orElseThrow());
        row.level.setValue(SkillLevel.ADVANCED);
        view.form.learningGoals.setValue(Set.of(skills.find("accessibility.wcag").orElseThrow()));
        window.from.setValue(LocalDate.of(2027, 1, 11));
        window.to.setValue(LocalDate.of(2027, 4, 30));
        view.form.consent.setValue(true);
        view.save.click();

        VolunteerProfileDetails saved = service.mine().orElseThrow();
        assertThat(saved.institution()).isEqualTo("Cégep de Chicoutimi");
        assertThat(saved.skills()).containsExactly(new RequiredSkill("web.wordpress", SkillLevel.ADVANCED));
        assertThat(saved.learningGoals()).containsExactly("accessibility.wcag");
        assertThat(saved.windows()).containsExactly(new AvailabilityWindow("Session d’hiver",
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 30), 10));
        assertThat(saved.consentToShare()).isTrue();
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(view.form.level.isInvalid()).isFalse();

        VolunteerProfileView reopened = new VolunteerProfileView(service, skills, ledger, hoursOverview);
        assertThat(reopened.form.programme.getValue()).isEqualTo("Techniques de l’informatique");
        assertThat(reopened.form.creditHours.getValue()).isEqualTo(60);
        assertThat(reopened.form.skills.rows()).hasSize(1);
        assertThat(reopened.form.windows.rows().get(0).hours.getValue()).isEqualTo(10);
    }

    @Test
    void a_typed_institution_outside_the_suggestions_is_kept() {
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Lou"));
        service.save(profile("Programme"), null);
        VolunteerProfileView view = new VolunteerProfileView(service, skills, ledger, hoursOverview);

        view.form.institution.setValue("Collège Montmorency");
        view.save.click();

        assertThat(service.mine().orElseThrow().institution()).isEqualTo("Collège Montmorency");
        assertThat(new VolunteerProfileView(service, skills, ledger, hoursOverview).form.institution.getValue())
                .isEqualTo("Collège Montmorency");
    }

    @Test
    void a_stale_save_shows_the_concurrent_edit_message_above_the_form() {
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Kim"));
        VolunteerProfileDetails first = service.save(profile("Premier"), null);
        VolunteerProfileView view = new VolunteerProfileView(service, skills, ledger, hoursOverview);
        service.save(profile("Ailleurs"), first.version());

        view.form.programme.setValue("Ici");
        view.save.click();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Quelqu’un d’autre a modifié cette fiche");
        assertThat(service.mine().orElseThrow().programme()).isEqualTo("Ailleurs");
    }

    @Test
    void coordinators_filter_volunteers_by_skill_region_availability_and_text() {
        String marker = "Grille" + System.nanoTime();
        volunteerWith("Ana Grille", profile(marker, List.of(new RequiredSkill("data.sql", SkillLevel.EXPERT)),
                Region.MONTREAL, List.of(winter()), true));
        volunteerWith("Ben Grille", profile(marker, List.of(new RequiredSkill("web.wordpress", SkillLevel.BASIC)),
                Region.ESTRIE, List.of(new AvailabilityWindow("Été", LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 8, 20), 20)), false));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coordo"));
        VolunteersView view = new VolunteersView(search, skills);

        view.search.setValue(marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.skillFilter.setValue(skills.find("data.sql").orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Ana Grille", "Montréal", "Oui",
                "Requêtes SQL et bases de données relationnelles (Expert)");
        view.skillFilter.clear();
        view.regionFilter.setValue(Region.ESTRIE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Ben Grille", "Non");
        view.regionFilter.clear();
        view.availableOn.setValue(LocalDate.of(2027, 2, 1));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Ana Grille");
        view.availableOn.clear();
        view.minHours.setValue(15);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Ben Grille");
    }

    @Test
    void a_skill_that_a_completed_course_covers_is_marked_as_evidenced_in_my_profile() {
        system.call(starterCourses::installAll);
        String code = org.jumelage.training.TrainingRecords.PRIVACY_COURSE;
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Élodie Évidence"));
        VolunteerProfileView before = new VolunteerProfileView(service, skills, ledger, hoursOverview,
                trainingRecords, currentUser, org.jumelage.shared.ui.OrganisationChoices.none());
        before.form.skills.rows().get(0).skill.setValue(skills.find("privacy.law25").orElseThrow());
        assertThat(before.form.skills.rows().get(0).evidence.isVisible()).as("course not taken yet").isFalse();

        learning.enrol(code);
        var content = learning.course(code).course().content();
        content.lessonKeys().forEach(l -> learning.markRead(code, l));
        for (var m : content.modules()) {
            java.util.Map<String, Set<String>> answers = new java.util.HashMap<>();
            m.quiz().questions().forEach(q -> answers.put(q.key(), new java.util.HashSet<>(q.choices().stream()
                    .filter(org.jumelage.training.CourseContent.Choice::correct)
                    .map(org.jumelage.training.CourseContent.Choice::key).toList())));
            learning.submitQuiz(code, m.key(), answers);
        }

        VolunteerProfileView view = new VolunteerProfileView(service, skills, ledger, hoursOverview,
                trainingRecords, currentUser, org.jumelage.shared.ui.OrganisationChoices.none());
        var row = view.form.skills.rows().get(0);
        row.skill.setValue(skills.find("privacy.law25").orElseThrow());
        assertThat(row.evidence.isVisible()).isTrue();
        assertThat(row.evidence.getText()).isEqualTo(UI.getCurrent().getTranslation("volunteer.skill.evidenced"));
        row.skill.setValue(skills.find("web.wordpress").orElseThrow());
        assertThat(row.evidence.isVisible()).as("no completed course covers this skill").isFalse();
    }
}
