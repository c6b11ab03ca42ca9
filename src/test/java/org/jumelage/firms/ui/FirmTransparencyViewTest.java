package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;


/** "My firm": the transparency opt-in is off by default, and a member turns it on and off again. */
class FirmTransparencyViewTest extends FirmsTestSupport {

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
