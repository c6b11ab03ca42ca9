package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The OSBL's "Hours to confirm", with Karibu against the real ledger. */
class OrganisationHoursViewTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    HoursOverview overview;

    Person firmMember;
    Person osblMember;
    FirmDetails firm;
    ProviderRef provider;
    ProjectView project;

    @BeforeEach
    void setUp() {
        Karibu.start(context, Languages.FRENCH);
        firmMember = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex Tremblay");
        firm = verifiedFirmOf(firmMember, "Boréal");
        ObligationView o = obligations.declare(firm.id(), obligation(100, today().minusDays(9), today().plusDays(200)));
        provider = ProviderRef.obligation(o.id());
        osblMember = person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga");
        project = projectOf(osblMember);
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ledger.allocate(provider, project.id(), "s1", 40, key());
        signIn(firmMember);
        ledger.log(provider, project.id(), "s1", today().minusDays(3), 6, "Atelier", key());
        ledger.log(provider, project.id(), "s1", today().minusDays(1), 5, "Rapport", key());
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    @Test
    void confirms_one_line_and_disputes_another_only_with_a_comment() {
        signIn(osblMember);
        OrganisationHoursView view = new OrganisationHoursView(overview, ledger);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(project.title() + " · s1", firm.profile().name(),
                "6", "Atelier", "Alex Tremblay");

        var first = GridKt._get(view.grid, 0);
        view.confirm(first);
        view.confirm(first);
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        var second = GridKt._get(view.grid, 0);
        view.askDispute(second);
        assertThat(view.disputeDialog.isOpened()).isTrue();
        view.disputeConfirm.click();
        assertThat(view.disputeComment.isInvalid()).isTrue();
        assertThat(view.disputeComment.getErrorMessage()).isEqualTo("Expliquez pourquoi vous contestez ces heures.");
        view.disputeComment.setValue("Le rapport n’a pas été remis.");
        view.disputeConfirm.click();
        assertThat(view.disputeDialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.empty.isVisible()).isTrue();

        signIn(firmMember);
        var b = ledger.balances(provider);
        assertThat(b.confirmed()).isEqualTo(6);
        assertThat(b.disputed()).isEqualTo(5);
        assertThat(ledger.lines(provider)).extracting(LedgerLine::type).map(Enum::name)
                .containsExactly("ALLOCATED", "LOGGED", "LOGGED", "CONFIRMED", "DISPUTED");
    }

    @Test
    void another_organisation_sees_nothing_to_confirm() {
        Person stranger = person(Role.OSBL_MEMBER, Languages.FRENCH, "Étrangère");
        registered(stranger, "Autre organisme " + key());
        OrganisationHoursView view = new OrganisationHoursView(overview, ledger);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.empty.getText()).isEqualTo("Aucune heure n’attend votre confirmation.");
    }
}
