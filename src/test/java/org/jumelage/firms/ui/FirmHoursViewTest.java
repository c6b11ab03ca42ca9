package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.TeamSkill;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "My firm" beyond registration, with Karibu against the real services: team skills and
 * availability, obligation edits and cancellation, ledger lines, and logging hours on a seat.
 */
class FirmHoursViewTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    SkillCatalogue skills;

    Person member;
    FirmDetails firm;

    @BeforeEach
    void setUp() {
        Karibu.start(context, Languages.FRENCH);
        member = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex Tremblay");
        firm = verifiedFirmOf(member, "Firme Karibu");
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    private FirmView view() {
        return new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
    }

    @Test
    void edits_team_skills_availability_and_blackouts_with_each_problem_next_to_its_field() {
        FirmView view = view();
        assertThat(view.form.teamSkills.rows()).hasSize(1);

        var skillRow = (TeamSkillsEditor.SkillRow) view.form.teamSkills.addRow(null);
        skillRow.skill.setValue(skills.find("privacy.law25").orElseThrow());
        skillRow.level.setValue(SkillLevel.EXPERT);
        skillRow.staff.setValue(0);
        var period = (PeriodsEditor.PeriodRow<?>) view.form.availability.addRow(null);
        period.from.setValue(today().plusMonths(2));
        period.to.setValue(today().plusMonths(1));
        period.hours.setValue(40);
        var blackout = (PeriodsEditor.PeriodRow<?>) view.form.blackouts.addRow(null);
        blackout.from.setValue(today().plusDays(30));
        blackout.to.setValue(today().plusDays(40));
        view.save.click();

        assertThat(skillRow.staff.isInvalid()).isTrue();
        assertThat(skillRow.staff.getErrorMessage()).isEqualTo("Le nombre de personnes est d’au moins 1.");
        assertThat(period.to.isInvalid()).isTrue();
        assertThat(period.to.getErrorMessage()).isEqualTo("La date de fin ne peut pas précéder la date de début.");
        assertThat(firms.get(firm.id()).profile().teamSkills()).hasSize(1);

        skillRow.staff.setValue(2);
        period.to.setValue(today().plusMonths(6));
        view.save.click();

        var saved = firms.get(firm.id()).profile();
        assertThat(saved.teamSkills()).containsExactly(new TeamSkill("data.cleaning", SkillLevel.ADVANCED, 3),
                new TeamSkill("privacy.law25", SkillLevel.EXPERT, 2));
        assertThat(saved.availability())
                .containsExactly(new AvailabilityPeriod(today().plusMonths(2), today().plusMonths(6), 40));
        assertThat(saved.blackouts()).singleElement().satisfies(b -> assertThat(b.to()).isEqualTo(today().plusDays(40)));
        assertThat(view().form.availability.rows()).hasSize(1);
    }

    @Test
    void edits_an_obligation_with_restrictions_refuses_a_stale_edit_and_cancels_one() {
        ObligationView declared = obligations.declare(firm.id(), obligation(80, today(), today().plusDays(300)));
        FirmView view = view();
        view.obligations.edit(declared);
        view.obligations.hours.setValue(90);
        view.obligations.sectors.setValue(Set.of(Sector.HEALTH_WELLBEING));
        view.obligations.regions.setValue(Set.of(Region.ESTRIE));
        view.obligations.submit.click();

        ObligationView edited = obligations.ofFirm(firm.id()).get(0);
        assertThat(edited.hoursOwed()).isEqualTo(90);
        assertThat(edited.sectors()).containsExactly(Sector.HEALTH_WELLBEING);
        assertThat(edited.regions()).containsExactly(Region.ESTRIE);
        assertThat(GridKt._getFormattedRow(view.obligations.grid, 0)).contains("90", "Santé et bien-être, Estrie");

        // Someone else changes it after this person opened the form: their save is refused.
        view.obligations.edit(edited);
        obligations.update(edited.id(), obligation(95, today(), today().plusDays(300)), edited.version());
        view.obligations.hours.setValue(100);
        view.obligations.submit.click();
        assertThat(view.obligations.problem.isVisible()).isTrue();
        assertThat(view.obligations.problem.getText()).startsWith("Quelqu’un d’autre a modifié cette fiche");
        assertThat(obligations.ofFirm(firm.id()).get(0).hoursOwed()).isEqualTo(95);

        view.obligations.declareMode();
        ObligationView current = obligations.ofFirm(firm.id()).get(0);
        view.obligations.askCancel(current);
        ConfirmDialog dialog = view.obligations.cancelDialog;
        assertThat(dialog.isOpened()).isTrue();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(obligations.ofFirm(firm.id()).get(0).status().name()).isEqualTo("CANCELLED");
        assertThat(GridKt._getFormattedRow(view.obligations.grid, 0)).contains("Annulée");
    }

    @Test
    void logs_hours_on_an_allocated_seat_once_per_submission_and_explains_refusals() {
        ObligationView o = obligations.declare(firm.id(), obligation(100, today().minusDays(5), today().plusDays(200)));
        Person osbl = person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga");
        ProjectView project = projectOf(osbl);
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ledger.allocate(ProviderRef.obligation(o.id()), project.id(), "s1", 10, key());
        signIn(member);

        FirmView view = view();
        var panel = view.hoursPanel;
        assertThat(GridKt._size(panel.seats)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.seats, 0).get(0)).startsWith(project.title() + " · Organisme ");
        assertThat(GridKt._getFormattedRow(panel.seats, 0)).contains("s1", o.sourceReference(), "10", "Ouvert");
        assertThat(panel.seat.getValue()).isNotNull();

        panel.day.setValue(today().plusDays(1));
        panel.hours.setValue(4);
        panel.log.click();
        assertThat(panel.day.isInvalid()).isTrue();
        assertThat(panel.day.getErrorMessage()).isEqualTo("La date du travail ne peut pas être dans le futur.");

        panel.day.setValue(today());
        panel.description.setValue("Nettoyage des données");
        String key = panel.submissionKey();
        panel.log.click();
        panel.log.click();
        assertThat(panel.submissionKey()).isEqualTo(key);
        assertThat(loggedLines(o)).hasSize(1);
        assertThat(GridKt._getFormattedRow(panel.seats, 0)).contains("4");
        assertThat(GridKt._getFormattedRow(view.balances, 0)).containsExactly(o.sourceReference(), "100", "10", "4",
                "0", "90", "0");

        panel.hours.setValue(8);
        assertThat(panel.submissionKey()).isNotEqualTo(key);
        panel.log.click();
        assertThat(panel.problem.isVisible()).isTrue();
        assertThat(panel.problem.getText()).startsWith("Ces heures dépasseraient l’attribution du poste");
        assertThat(loggedLines(o)).hasSize(1);

        panel.hours.setValue(3);
        panel.log.click();
        assertThat(panel.problem.isVisible()).isFalse();
        assertThat(loggedLines(o)).extracting(LedgerLine::hours).containsExactly(4, 3);

        view.obligations.showLines(obligations.ofFirm(firm.id()).get(0));
        var lines = view.obligations.linesDialog.grid;
        assertThat(GridKt._size(lines)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(lines, 0)).contains("Attribution", project.title() + " · s1", "10", "Coralie");
        assertThat(GridKt._getFormattedRow(lines, 1)).contains("Heures déclarées", "4", "Alex Tremblay",
                "Nettoyage des données");
    }

    private List<LedgerLine> loggedLines(ObligationView o) {
        return ledger.lines(ProviderRef.obligation(o.id())).stream().filter(l -> l.type() == EntryType.LOGGED)
                .toList();
    }
}
