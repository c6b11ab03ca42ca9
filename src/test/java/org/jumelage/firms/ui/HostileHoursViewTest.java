package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** Logging hours with hostile values: a message next to the field or above the form, nothing escapes or is stored. */
class HostileHoursViewTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    SkillCatalogue skills;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void hostile_hours_and_descriptions_are_refused_with_a_message_and_store_nothing() {
        Person member = person(Role.FIRM_MEMBER, Languages.FRENCH, "Heures hostiles");
        FirmDetails firm = verifiedFirmOf(member, "Firme hostile");
        ObligationView o = obligations.declare(firm.id(), obligation(100, today().minusDays(5), today().plusDays(200)));
        ProviderRef provider = ProviderRef.obligation(o.id());
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga"));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ledger.allocate(provider, project.id(), "s1", 10, key());
        signIn(member);
        FirmView view = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        UI.getCurrent().add(view);
        var panel = view.hoursPanel;

        for (Integer hours : List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE)) {
            panel.day.setValue(today());
            panel.hours.setValue(hours);
            panel.description.setValue("Atelier");
            panel.log.click();
            assertThat(panel.hours.isInvalid() || panel.problem.isVisible()).as("hours " + hours).isTrue();
        }
        panel.hours.setValue(2);
        panel.description.setValue("\u0000<script>alert(1)</script>\u202E".repeat(200));
        panel.log.click();
        assertThat(panel.description.isInvalid()).isTrue();
        assertThat(panel.description.getErrorMessage()).isNotBlank();
        assertThat(ledger.lines(provider)).extracting(LedgerLine::type).containsExactly(EntryType.ALLOCATED);

        panel.description.setValue("<script>alert(1)</script> 😀");
        panel.log.click();
        assertThat(ledger.lines(provider)).filteredOn(l -> l.type() == EntryType.LOGGED).singleElement()
                .satisfies(l -> assertThat(l.comment()).isEqualTo("<script>alert(1)</script> 😀"));
    }
}
