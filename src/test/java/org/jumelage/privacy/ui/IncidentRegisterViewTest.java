package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jumelage.accounts.Role;
import org.jumelage.privacy.IncidentRegister;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The incident register view's logic with Karibu, against the real service and database. */
class IncidentRegisterViewTest extends IntegrationTestBase {

    @Autowired
    IncidentRegister register;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    LocalDate today;

    @BeforeEach
    void coordinator() {
        var principal = userDetails.loadUserByUsername(accounts.create(Role.COORDINATOR, Languages.FRENCH,
                "Nadia Coordination"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        today = LocalDate.now(clock.withZone(ZoneId.of("America/Toronto")));
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    @Test
    void the_view_enters_an_incident_and_shows_each_problem_next_to_its_field() {
        IncidentRegisterView view = new IncidentRegisterView(register);

        view.open(null);
        view.description.setValue("Accès non autorisé à la boîte courriel de coordination");
        view.save();
        assertThat(view.discoveredOn.isInvalid()).isTrue();
        assertThat(view.discoveredOn.getErrorMessage()).isEqualTo("Indiquez la date où l’incident a été constaté.");
        assertThat(view.personalInformation.isInvalid()).isTrue();
        assertThat(view.dialog.isOpened()).isTrue();

        view.discoveredOn.setValue(today);
        view.personalInformation.setValue("Courriels d’OSBL");
        view.personsConcerned.setValue(12);
        view.save();

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("Accès non autorisé à la boîte courriel de coordination", "12", "Nadia Coordination");
    }
}
