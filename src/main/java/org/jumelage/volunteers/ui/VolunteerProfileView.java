package org.jumelage.volunteers.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.Balances;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.ui.hours.HoursLogPanel;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.shared.ui.OrganisationChoices;
import org.jumelage.volunteers.VolunteerException;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteerService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * "Mon profil bénévole": the signed-in volunteer describes their studies, skills and availability,
 * and logs the hours worked on the seats allocated to them.
 */
@Route("volunteer")
@RolesAllowed(Role.VOLUNTEER_ROLE)
@Menu(title = "nav.volunteer", order = 12, icon = "vaadin:academy-cap")
public class VolunteerProfileView extends Main implements HasDynamicTitle {

    final VolunteerForm form;
    final Button save = new Button();
    final Div problem = new Div();
    final Paragraph intro = new Paragraph();
    final HoursLogPanel hours;
    final Paragraph hoursBalance = new Paragraph();

    private final transient VolunteerService service;
    private final transient HoursOverview hoursOverview;
    private VolunteerProfileDetails current;

    public VolunteerProfileView(VolunteerService service, SkillCatalogue skills, HoursLedger ledger,
            HoursOverview hoursOverview) {
        this(service, skills, ledger, hoursOverview, null, null, OrganisationChoices.none());
    }

    /**
     * With training records (skills that a completed course covers are marked as evidenced) and the
     * verified organisations the volunteer may declare a conflict of interest with.
     */
    @org.springframework.beans.factory.annotation.Autowired
    public VolunteerProfileView(VolunteerService service, SkillCatalogue skills, HoursLedger ledger,
            HoursOverview hoursOverview, org.jumelage.training.TrainingRecords training,
            org.jumelage.accounts.CurrentUser currentUser, OrganisationChoices organisations) {
        this.service = service;
        this.hoursOverview = hoursOverview;
        hours = new HoursLogPanel(ledger, hoursOverview::seatsOfVolunteer, false, this::showBalance);
        addClassName("page");
        setId("volunteer-profile-view");
        form = new VolunteerForm(skills.all(), service.institutionSuggestions(), organisations);
        if (training != null && currentUser != null) {
            currentUser.id().ifPresent(id -> form.skills.setEvidenced(training.evidencedSkills(id)));
        }

        problem.setId("volunteer-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        save.setText(getTranslation("common.save"));
        save.setId("volunteer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveProfile());

        // A plain link: the reports module depends on this one, not the reverse.
        Anchor attestation = new Anchor("volunteer/attestation", getTranslation("attestationui.link"));
        attestation.setId("volunteer-attestation-link");
        hoursBalance.setId("volunteer-hours-balance");
        add(new H1(getTranslation("volunteer.title")), intro, problem, form, save,
                new H2(getTranslation("volunteer.hours.title")), hoursBalance, new Paragraph(attestation), hours);
        render();
        showBalance();
    }

    /** The volunteer's hours, summed over their seats. */
    void showBalance() {
        Balances b = hoursOverview.balancesOfVolunteer();
        hoursBalance.setText(getTranslation("volunteer.hours.balance", b.allocated(), b.logged(), b.confirmed(),
                b.logged() - b.confirmed() - b.disputed()));
    }

    /** Shows the profile as it is stored now. */
    void render() {
        current = service.mine().orElse(null);
        if (current == null) {
            intro.setText(getTranslation("volunteer.intro.new"));
            form.clearErrors();
            form.skills.setValue(List.of());
            form.skills.addRow(null);
            form.windows.setValue(List.of());
            form.windows.addRow(null);
        } else {
            intro.setText(getTranslation("volunteer.intro"));
            form.show(current.toCommand());
        }
    }

    void saveProfile() {
        problem.setVisible(false);
        try {
            service.save(form.command(), current == null ? null : current.version());
        } catch (VolunteerException e) {
            List<String> general = e.fieldMessageKeys().isEmpty() ? List.of(e.messageKey())
                    : form.showErrors(e.fieldMessageKeys());
            if (!general.isEmpty()) {
                problem.setText(getTranslation(general.get(0)));
                problem.setVisible(true);
            }
            return;
        }
        Notification.show(getTranslation("volunteer.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.title") + " · " + getTranslation("app.name");
    }
}
