package org.jumelage.training.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jumelage.accounts.Role;
import org.jumelage.documents.Verifications;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationFilter;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.QuizAttemptResets;
import org.jumelage.training.QuizAttemptResets.LearnerAttempts;
import org.jumelage.training.ScopingWaiverView;
import org.jumelage.training.ScopingWaivers;
import org.jumelage.training.TrainingReports;
import org.jumelage.training.TrainingReports.Row;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Coordinators' training report (enrolments and completions per course, per OSBL, per region) and
 * the waivers of the scoping course, granted with a reason.
 */
@Route("coordination/formation-rapport")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.trainingReport", order = 35, icon = "vaadin:chart")
public class TrainingReportView extends Main implements HasDynamicTitle {

    final Grid<Row> byCourse = grid("report-by-course", "training.report.course");
    final Grid<Row> byOrganisation = grid("report-by-organisation", "training.report.organisation");
    final Grid<Row> byRegion = grid("report-by-region", "training.report.region");
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>();
    final TextField reason = new TextField();
    final Button waive = new Button();
    final Grid<ScopingWaiverView> waivers = new Grid<>();
    final TextField learnerEmail = new TextField();
    final Button findLearner = new Button();
    final Grid<LearnerAttempts> attempts = new Grid<>();
    final TextField resetReason = new TextField();
    final Button resetAttempts = new Button();

    private final transient TrainingReports reports;
    private final transient ScopingWaivers scopingWaivers;
    private final transient QuizAttemptResets resets;
    private final Map<String, String> organisationNames;

    public TrainingReportView(TrainingReports reports, ScopingWaivers scopingWaivers, OrganisationReview review,
            QuizAttemptResets resets) {
        this.reports = reports;
        this.scopingWaivers = scopingWaivers;
        this.resets = resets;
        addClassName("page");
        setId("training-report");
        List<OrganisationDetails> all = review.search(OrganisationFilter.all(), 0, 5000);
        organisationNames = all.stream().collect(Collectors.toMap(OrganisationDetails::id,
                OrganisationDetails::legalName, (a, b) -> a));
        organisation.setLabel(getTranslation("training.waiver.organisationField"));
        organisation.setId("waiver-organisation");
        organisation.setItems(all);
        organisation.setItemLabelGenerator(OrganisationDetails::legalName);
        reason.setLabel(getTranslation("training.waiver.reasonField"));
        reason.setId("waiver-reason");
        reason.setWidth("28em");
        waive.setText(getTranslation("training.waiver.grant"));
        waive.setId("waiver-grant");
        waive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        waive.addClickListener(e -> grant());
        waivers.setId("waivers");
        waivers.addColumn(w -> organisationNames.getOrDefault(w.organisationId(), w.organisationId()))
                .setHeader(getTranslation("training.report.organisation")).setAutoWidth(true);
        waivers.addColumn(ScopingWaiverView::reason).setHeader(getTranslation("training.waiver.reasonField"))
                .setFlexGrow(1);
        waivers.addColumn(w -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(Verifications.ZONE).format(w.grantedAt())).setHeader(getTranslation("training.waiver.date"))
                .setAutoWidth(true);
        waivers.addComponentColumn(w -> new Button(getTranslation("training.waiver.revoke"), e -> {
            scopingWaivers.revoke(w.organisationId());
            refresh();
        })).setAutoWidth(true);
        waivers.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(organisation, reason, waive);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H1(getTranslation("training.report.heading")),
                new H2(getTranslation("training.report.byCourse")), byCourse,
                new H2(getTranslation("training.report.byOrganisation")), byOrganisation,
                new H2(getTranslation("training.report.byRegion")), byRegion,
                new H2(getTranslation("training.waiver.heading")), form, waivers);
        addAttemptResets();
        refresh();
    }

    /** Learners out of quiz attempts, or one learner found by address, and the reset of a selected row. */
    private void addAttemptResets() {
        learnerEmail.setLabel(getTranslation("training.reset.email"));
        learnerEmail.setId("reset-learner-email");
        findLearner.setText(getTranslation("training.reset.find"));
        findLearner.setId("reset-find");
        findLearner.addClickListener(e -> find());
        attempts.setId("quiz-attempts");
        attempts.addColumn(a -> a.displayName() + " · " + a.email())
                .setHeader(getTranslation("training.reset.learner")).setAutoWidth(true);
        attempts.addColumn(a -> a.courseTitle().in(getLocale())).setHeader(getTranslation("training.report.course"))
                .setFlexGrow(1);
        attempts.addColumn(this::attemptsText).setHeader(getTranslation("training.reset.attempts")).setFlexGrow(1);
        attempts.addColumn(a -> a.resets()).setHeader(getTranslation("training.reset.count")).setAutoWidth(true);
        attempts.setAllRowsVisible(true);
        attempts.addSelectionListener(e -> resetAttempts.setEnabled(e.getFirstSelectedItem().isPresent()));
        resetReason.setLabel(getTranslation("training.reset.reasonField"));
        resetReason.setId("reset-reason");
        resetReason.setWidth("28em");
        resetAttempts.setText(getTranslation("training.reset.button"));
        resetAttempts.setId("reset-attempts");
        resetAttempts.setEnabled(false);
        resetAttempts.addClickListener(e -> reset());
        HorizontalLayout lookup = new HorizontalLayout(learnerEmail, findLearner);
        lookup.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout resetForm = new HorizontalLayout(resetReason, resetAttempts);
        resetForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        resetForm.setWrap(true);
        add(new H2(getTranslation("training.reset.heading")), new Paragraph(getTranslation("training.reset.intro")),
                lookup, attempts, resetForm);
    }

    private String attemptsText(LearnerAttempts a) {
        return a.quizzes().stream().map(q -> getTranslation("training.reset.quiz", q.moduleKey(), q.attempts(),
                q.bestScore(), getTranslation(q.passed() ? "training.reset.passed"
                        : q.attemptsLeft() == 0 ? "training.reset.blocked" : "training.reset.open")))
                .collect(Collectors.joining(" ; "));
    }

    /** Shows the learner with the address typed, or every learner out of attempts when it is blank. */
    void find() {
        String email = learnerEmail.getValue().strip();
        List<LearnerAttempts> rows = email.isEmpty() ? resets.outOfAttempts() : resets.ofLearner(email);
        attempts.setItems(rows);
        learnerEmail.setErrorMessage(getTranslation("training.reset.noLearner"));
        learnerEmail.setInvalid(!email.isEmpty() && rows.isEmpty());
    }

    void reset() {
        resetReason.setInvalid(false);
        LearnerAttempts row = attempts.asSingleSelect().getValue();
        if (row == null) {
            return;
        }
        try {
            resets.reset(row.userId(), row.courseCode(), resetReason.getValue());
        } catch (RefusalException e) {
            if ("reason".equals(e.field())) {
                resetReason.setErrorMessage(getTranslation(e.messageKey()));
                resetReason.setInvalid(true);
            } else {
                Notices.error(e);
            }
            return;
        }
        resetReason.clear();
        Notices.success("training.reset.done");
        find();
    }

    private Grid<Row> grid(String id, String firstHeader) {
        Grid<Row> g = new Grid<>();
        g.setId(id);
        g.addColumn(Row::label).setHeader(getTranslation(firstHeader)).setFlexGrow(1);
        g.addColumn(Row::enrolled).setHeader(getTranslation("training.report.enrolled")).setAutoWidth(true);
        g.addColumn(Row::completed).setHeader(getTranslation("training.report.completed")).setAutoWidth(true);
        g.setAllRowsVisible(true);
        return g;
    }

    void grant() {
        reason.setInvalid(false);
        try {
            scopingWaivers.waive(organisation.getValue() == null ? null : organisation.getValue().id(),
                    reason.getValue());
        } catch (RefusalException e) {
            if ("reason".equals(e.field())) {
                reason.setErrorMessage(getTranslation(e.messageKey()));
                reason.setInvalid(true);
            } else {
                Notices.error(e);
            }
            return;
        }
        reason.clear();
        organisation.clear();
        Notices.success("training.waiver.granted");
        refresh();
    }

    void refresh() {
        TrainingReports.Report report = reports.report(null);
        byCourse.setItems(report.byCourse());
        byOrganisation.setItems(relabel(report.byOrganisation(), k -> getTranslation("training.report.none")));
        byRegion.setItems(relabel(report.byRegion(), k -> k.isEmpty() ? getTranslation("training.report.none")
                : getTranslation(Region.valueOf(k).translationKey())));
        waivers.setItems(scopingWaivers.all());
        attempts.setItems(resets.outOfAttempts());
    }

    private static List<Row> relabel(List<Row> rows, Function<String, String> label) {
        return rows.stream().map(r -> r.key().isEmpty() || r.label().equals(r.key())
                ? new Row(r.key(), label.apply(r.key()), r.enrolled(), r.completed()) : r).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.report.heading") + " · " + getTranslation("app.name");
    }
}
