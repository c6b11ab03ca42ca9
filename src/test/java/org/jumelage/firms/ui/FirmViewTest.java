package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.SizeBand;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;

/** "My firm", driven server-side with Karibu against the real services and database. */
class FirmViewTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    SkillCatalogue skills;

    @BeforeEach
    void setUpVaadin() {
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    @Test
    void registers_a_firm_then_declares_an_obligation_and_shows_its_balance() {
        signIn(person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex"));
        FirmView view = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        assertThat(view.register.isVisible()).isTrue();

        view.form.name.setValue("Firme Karibu " + System.nanoTime());
        view.form.neq.setValue("12AB");
        view.form.size.setValue(SizeBand.FROM_10_TO_49);
        view.form.regions.setValue(Set.of(Region.MONTREAL));
        view.form.languages.setValue(Set.of(WorkingLanguage.FRENCH));
        view.form.contactEmail.setValue("pro-bono@firme.example");
        view.register.click();

        assertThat(view.form.neq.isInvalid()).isTrue();
        assertThat(view.form.neq.getErrorMessage()).startsWith("Le NEQ compte exactement 10 chiffres");
        assertThat(view.form.name.isInvalid()).isFalse();
        assertThat(firms.mine()).isEmpty();

        String neq = uniqueFirmNeq();
        view.form.neq.setValue(neq);
        view.register.click();

        FirmDetails saved = firms.mine().orElseThrow();
        assertThat(saved.neq()).isEqualTo(neq);
        assertThat(view.banner.getElement().getTextRecursively()).contains("en attente de vérification");
        assertThat(GridKt._size(view.obligations.grid)).isZero();

        LocalDate start = today().plusDays(1);
        view.obligations.hours.setValue(120);
        view.obligations.source.setValue("Contrat Karibu, clause 7");
        view.obligations.start.setValue(start);
        view.obligations.expiry.setValue(start.minusDays(10));
        view.obligations.submit.click();

        assertThat(view.obligations.expiry.isInvalid()).isTrue();
        assertThat(view.obligations.expiry.getErrorMessage()).isEqualTo("L’échéance doit suivre la date de début.");
        assertThat(obligations.ofFirm(saved.id())).isEmpty();

        view.obligations.expiry.setValue(start.plusYears(1));
        view.obligations.submit.click();

        assertThat(view.obligations.expiry.isInvalid()).isFalse();
        assertThat(GridKt._size(view.obligations.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.obligations.grid, 0)).contains("Contrat Karibu, clause 7", "120", "Active");
        assertThat(GridKt._size(view.balances)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.balances, 0)).containsExactly("Contrat Karibu, clause 7", "120", "0",
                "0", "0", "120", "0");
        assertThat(GridKt._getFormattedRow(view.balances, 1)).containsExactly("Total de l’entreprise", "120", "0",
                "0", "0", "120", "0");
    }

    @Test
    void refuses_a_stale_profile_edit_with_the_concurrent_edit_message() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Languages.FRENCH, "Bea"), "Firme partagée");
        FirmView view = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        assertThat(view.form.name.getValue()).isEqualTo(firm.profile().name());
        firms.update(firm.id(), firmProfile("Renommée " + System.nanoTime(), firm.neq()), firm.version());

        view.form.contactPhone.setValue("418 555-0199");
        view.save.click();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Quelqu’un d’autre a modifié cette fiche");
        assertThat(firms.get(firm.id()).profile().contactPhone()).isEqualTo("514 555-0123");
    }

    /** The transparency opt-in is off by default, and a member turns it on and off again. */
    @Test
    void a_member_publishes_the_firms_fulfilment_then_withdraws_it() {
        FirmDetails firm = verifiedFirmOf(person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex"), "Firme Transparente");
        FirmView view = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        assertThat(view.publishFulfilment.getValue()).isFalse();
        assertThat(view.publishFulfilment.getLabel()).isEqualTo(
                "Afficher notre entreprise sur la page publique de transparence");

        view.savePublishFulfilment(true);
        assertThat(firms.get(firm.id()).publishesFulfilment()).isTrue();
        assertThat(view.publishFulfilment.getValue()).isTrue();

        view.savePublishFulfilment(false);
        assertThat(firms.get(firm.id()).publishesFulfilment()).isFalse();
        assertThat(view.problem.isVisible()).isFalse();
    }
}
