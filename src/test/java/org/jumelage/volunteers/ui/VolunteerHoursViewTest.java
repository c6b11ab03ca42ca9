package org.jumelage.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.accounts.Role;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.volunteers.VolunteerService;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;

/** A volunteer logs hours on their allocated seat from "Mon profil bénévole" (Karibu, real ledger). */
class VolunteerHoursViewTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    SkillCatalogue skills;
    @Autowired
    HoursOverview overview;

    @BeforeEach
    void setUpVaadin() {
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    @Test
    void a_volunteer_logs_hours_on_the_allocated_seat_and_sees_the_balance() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Rosalie Morin");
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga"));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ledger.allocate(ProviderRef.volunteer(volunteer.id()), project.id(), "s1", 12, key());
        signIn(volunteer);

        VolunteerProfileView view = new VolunteerProfileView(volunteers, skills, ledger, overview);
        assertThat(GridKt._size(view.hours.seats)).isEqualTo(1);
        assertThat(view.hoursBalance.getText()).startsWith("Heures attribuées : 12 · déclarées : 0");

        view.hours.day.setValue(today());
        view.hours.hours.setValue(20);
        view.hours.log.click();
        assertThat(view.hours.problem.getText()).startsWith("Ces heures dépasseraient l’attribution du poste");

        view.hours.hours.setValue(5);
        view.hours.description.setValue("Préparation de l’atelier");
        view.hours.log.click();
        view.hours.log.click();

        assertThat(view.hours.problem.isVisible()).isFalse();
        assertThat(ledger.lines(ProviderRef.volunteer(volunteer.id())))
                .filteredOn(l -> l.type() == EntryType.LOGGED).singleElement()
                .satisfies(l -> assertThat(l.hours()).isEqualTo(5));
        assertThat(view.hoursBalance.getText()).startsWith("Heures attribuées : 12 · déclarées : 5 · confirmées : 0");
        assertThat(GridKt._getFormattedRow(view.hours.seats, 0)).contains("12", "5");
    }
}
