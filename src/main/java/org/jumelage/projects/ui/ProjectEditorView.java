package org.jumelage.projects.ui;

import org.jumelage.training.TrainingRecords;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.FieldProblem;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectException;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.skills.SkillCatalogue;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

/**
 * Guided posting of a project need, in five steps with help on each: the project, its seats, the
 * scoping checklist, the ethics and job-impact questionnaire, then a review before submission.
 * The draft is saved at every change of step, so a person can stop and resume later.
 */
@Route("projects/edit")
@RolesAllowed(Role.OSBL)
public class ProjectEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final int STEPS = 5;

    final H1 heading = new H1();
    final Tabs steps = new Tabs();
    final Div stepContent = new Div();
    final Span saveStatus = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Div reviewChanges = new Div();

    // Step 1: the project
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea problem = new TextArea();
    final TextArea expectedOutcome = new TextArea();
    final Select<ProjectCategory> category = new Select<>();
    final Select<DataInvolved> dataInvolved = new Select<>();
    final DatePicker earliestStart = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    final TextArea urgencyReason = new TextArea();
    // Step 2: seats
    final Div seatList = new Div();
    final Button addSeat = new Button();
    final Span seatsError = new Span();
    final List<SeatEditor> seats = new ArrayList<>();
    // Step 3: scoping
    final TextArea deliverables = new TextArea();
    final TextField decisionMaker = new TextField();
    final TextArea dataAccess = new TextArea();
    final IntegerField staffHours = new IntegerField();
    // Step 4: ethics
    final TextArea automatedTasks = new TextArea();
    final TextArea freedTimeUse = new TextArea();
    final RadioButtonGroup<JobImpact> jobImpact = new RadioButtonGroup<>();
    final Div reductionWarning = new Div();
    final TextArea consent = new TextArea();
    final TextArea minimisation = new TextArea();
    final TextArea retention = new TextArea();
    final TextArea beneficiaryRisks = new TextArea();
    final TextArea humanOversight = new TextArea();
    // Step 5: review
    final UnorderedList missing = new UnorderedList();
    final Div reviewSummary = new Div();

    private final transient ProjectService projects;
    private final transient List<Skill> catalogue;
    private final List<Div> pages = new ArrayList<>();
    private String projectId;
    private long version;

    public ProjectEditorView(ProjectService projects, SkillCatalogue skills) {
        this.projects = projects;
        this.catalogue = skills.all();
        addClassName("page");
        addClassName("project-editor");
        setId("project-editor");
        heading.setText(getTranslation("posting.title.new"));
        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        reviewChanges.setId("review-changes");
        reviewChanges.setVisible(false);
        reviewChanges.addClassName("notice");
        reviewChanges.addClassName("notice-error");

        pages.add(projectStep());
        pages.add(seatsStep());
        pages.add(scopingStep());
        pages.add(ethicsStep());
        pages.add(reviewStep());
        for (int i = 0; i < STEPS; i++) {
            Tab tab = new Tab(getTranslation("posting.step." + (i + 1)));
            tab.setId("step-tab-" + (i + 1));
            steps.add(tab);
            stepContent.add(pages.get(i));
        }
        steps.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                autosave();
            }
            show(steps.getSelectedIndex());
        });

        previous.setText(getTranslation("posting.previous"));
        previous.setId("step-previous");
        previous.addClickListener(e -> steps.setSelectedIndex(Math.max(0, steps.getSelectedIndex() - 1)));
        previous.addClickListener(e -> autosave());
        next.setText(getTranslation("posting.next"));
        next.setId("step-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (autosave()) {
                steps.setSelectedIndex(Math.min(STEPS - 1, steps.getSelectedIndex() + 1));
            }
        });
        saveDraft.setText(getTranslation("posting.saveDraft"));
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(e -> autosave());
        submit.setText(getTranslation("posting.submit"));
        submit.setId("submit-project");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(e -> submitProject());

        HorizontalLayout actions = new HorizontalLayout(previous, saveDraft, next, submit, saveStatus);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.addClassName("editor-actions");
        add(heading, reviewChanges, steps, stepContent, actions, exampleHelp());
        show(0);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        if (id == null || id.isBlank()) {
            return;
        }
        if (!resume(id)) {
            event.forwardTo("project/" + id);
        }
    }

    /** Loads a saved draft into the form; false when the project is no longer a draft. */
    boolean resume(String id) {
        try {
            ProjectView project = projects.get(id);
            if (project.status() != ProjectStatus.DRAFT) {
                return false;
            }
            load(project);
        } catch (ProjectException e) {
            heading.setText(getTranslation(e.messageKey()));
            steps.setVisible(false);
            stepContent.setVisible(false);
            previous.setVisible(false);
            next.setVisible(false);
            saveDraft.setVisible(false);
            submit.setVisible(false);
        }
        return true;
    }

    // --- steps -----------------------------------------------------------------------------

    private Div projectStep() {
        title.setLabel(getTranslation("posting.field.title"));
        title.setHelperText(getTranslation("posting.field.title.help"));
        title.setMaxLength(ProjectDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setId("title");
        summary.setLabel(getTranslation("posting.field.summary"));
        summary.setHelperText(getTranslation("posting.field.summary.help"));
        summary.setMaxLength(ProjectDraft.SUMMARY_MAX);
        summary.setId("summary");
        problem.setLabel(getTranslation("posting.field.problem"));
        problem.setHelperText(getTranslation("posting.field.problem.help"));
        problem.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
        problem.setId("problem");
        expectedOutcome.setLabel(getTranslation("posting.field.expectedOutcome"));
        expectedOutcome.setHelperText(getTranslation("posting.field.expectedOutcome.help"));
        expectedOutcome.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
        expectedOutcome.setId("expectedOutcome");
        category.setLabel(getTranslation("posting.field.category"));
        category.setItems(ProjectCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        category.setId("category");
        dataInvolved.setLabel(getTranslation("posting.field.dataInvolved"));
        dataInvolved.setHelperText(getTranslation("posting.field.dataInvolved.help"));
        dataInvolved.setItems(DataInvolved.values());
        dataInvolved.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        dataInvolved.setId("dataInvolved");
        earliestStart.setLabel(getTranslation("posting.field.earliestStart"));
        earliestStart.setId("earliestStart");
        deadline.setLabel(getTranslation("posting.field.deadline"));
        deadline.setId("deadline");
        earliestStart.addValueChangeListener(e -> deadline.setMin(e.getValue() == null ? null : e.getValue().plusDays(1)));
        priority.setLabel(getTranslation("posting.field.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        priority.setValue(Priority.NORMAL);
        priority.setId("priority");
        urgencyReason.setLabel(getTranslation("posting.field.urgencyReason"));
        urgencyReason.setMaxLength(ProjectDraft.SUMMARY_MAX);
        urgencyReason.setId("urgencyReason");
        urgencyReason.setVisible(false);
        priority.addValueChangeListener(e -> urgencyReason.setVisible(e.getValue() == Priority.URGENT));
        FormLayout form = new FormLayout(title, category, summary, dataInvolved, problem, expectedOutcome,
                earliestStart, deadline, priority, urgencyReason);
        form.setColspan(title, 1);
        return step(1, form);
    }

    private Div seatsStep() {
        addSeat.setText(getTranslation("posting.addSeat"));
        addSeat.setId("add-seat");
        addSeat.addClickListener(e -> addSeatEditor(null));
        seatsError.addClassName("field-error");
        seatsError.setId("seats-error");
        seatsError.setVisible(false);
        seatList.addClassName("seat-list");
        return step(2, seatsError, seatList, addSeat);
    }

    private Div scopingStep() {
        deliverables.setLabel(getTranslation("posting.field.deliverables"));
        deliverables.setHelperText(getTranslation("posting.field.deliverables.help"));
        deliverables.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
        deliverables.setId("deliverables");
        decisionMaker.setLabel(getTranslation("posting.field.decisionMaker"));
        decisionMaker.setHelperText(getTranslation("posting.field.decisionMaker.help"));
        decisionMaker.setMaxLength(ProjectDraft.SHORT_TEXT_MAX);
        decisionMaker.setId("decisionMaker");
        dataAccess.setLabel(getTranslation("posting.field.dataAccess"));
        dataAccess.setHelperText(getTranslation("posting.field.dataAccess.help"));
        dataAccess.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
        dataAccess.setId("dataAccess");
        staffHours.setLabel(getTranslation("posting.field.staffHours"));
        staffHours.setHelperText(getTranslation("posting.field.staffHours.help"));
        staffHours.setMin(0);
        staffHours.setMax(ProjectDraft.STAFF_HOURS_MAX);
        staffHours.setId("staffHours");
        FormLayout form = new FormLayout(deliverables, decisionMaker, dataAccess, staffHours);
        return step(3, form);
    }

    private Div ethicsStep() {
        automatedTasks.setLabel(getTranslation("posting.field.automatedTasks"));
        automatedTasks.setId("automatedTasks");
        freedTimeUse.setLabel(getTranslation("posting.field.freedTimeUse"));
        freedTimeUse.setId("freedTimeUse");
        jobImpact.setLabel(getTranslation("posting.field.jobImpact"));
        jobImpact.setItems(JobImpact.values());
        jobImpact.setItemLabelGenerator(j -> getTranslation(j.translationKey()));
        jobImpact.setId("jobImpact");
        reductionWarning.setText(getTranslation("posting.reductionWarning"));
        reductionWarning.addClassName("notice");
        reductionWarning.addClassName("notice-error");
        reductionWarning.setId("reduction-warning");
        reductionWarning.setVisible(false);
        jobImpact.addValueChangeListener(e -> reductionWarning.setVisible(e.getValue() == JobImpact.REDUCTION));
        consent.setLabel(getTranslation("posting.field.consent"));
        consent.setId("consent");
        minimisation.setLabel(getTranslation("posting.field.minimisation"));
        minimisation.setId("minimisation");
        retention.setLabel(getTranslation("posting.field.retention"));
        retention.setId("retention");
        beneficiaryRisks.setLabel(getTranslation("posting.field.beneficiaryRisks"));
        beneficiaryRisks.setId("beneficiaryRisks");
        humanOversight.setLabel(getTranslation("posting.field.humanOversight"));
        humanOversight.setId("humanOversight");
        for (TextArea area : List.of(automatedTasks, freedTimeUse, consent, minimisation, retention, beneficiaryRisks,
                humanOversight)) {
            area.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
            area.setWidthFull();
        }
        consent.setHelperText(getTranslation("posting.field.personalOnly"));
        minimisation.setHelperText(getTranslation("posting.field.personalOnly"));
        retention.setHelperText(getTranslation("posting.field.personalOnly"));
        H2 jobs = new H2(getTranslation("posting.ethics.jobs"));
        H2 data = new H2(getTranslation("posting.ethics.data"));
        H2 people = new H2(getTranslation("posting.ethics.people"));
        return step(4, jobs, automatedTasks, freedTimeUse, jobImpact, reductionWarning, data, consent, minimisation,
                retention, people, beneficiaryRisks, humanOversight);
    }

    private Div reviewStep() {
        missing.setId("missing-items");
        reviewSummary.setId("review-summary");
        return step(5, reviewSummary, missing);
    }

    private Div step(int number, com.vaadin.flow.component.Component... content) {
        Div page = new Div();
        page.setId("step-" + number);
        page.addClassName("posting-step");
        H2 title = new H2(getTranslation("posting.step." + number));
        Paragraph help = new Paragraph(getTranslation("posting.step." + number + ".help"));
        help.addClassName("step-help");
        page.add(title, help);
        page.add(content);
        return page;
    }

    private Details exampleHelp() {
        Div example = new Div();
        for (String part : List.of("name", "problem", "outcome", "seats", "scoping", "ethics")) {
            Paragraph p = new Paragraph();
            Span label = new Span(getTranslation("posting.example." + part + ".label") + " ");
            label.addClassName("example-label");
            p.add(label, new Span(getTranslation("posting.example." + part)));
            example.add(p);
        }
        Details details = new Details(getTranslation("posting.example.title"), example);
        details.setId("posting-example");
        details.addClassName("posting-example");
        return details;
    }

    private void show(int index) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == index);
        }
        previous.setEnabled(index > 0);
        next.setVisible(index < STEPS - 1);
        submit.setVisible(index == STEPS - 1);
        if (index == 1 && seats.isEmpty()) {
            addSeatEditor(null);
        }
        if (index == STEPS - 1) {
            refreshReview();
        }
    }

    // --- seats -----------------------------------------------------------------------------

    SeatEditor addSeatEditor(SeatSpec value) {
        if (seats.size() >= ProjectDraft.MAX_SEATS) {
            return null;
        }
        SeatEditor[] holder = new SeatEditor[1];
        SeatEditor editor = new SeatEditor(catalogue, () -> removeSeat(holder[0]));
        holder[0] = editor;
        if (value != null) {
            editor.setValue(value);
        }
        seats.add(editor);
        seatList.add(editor);
        renumber();
        return editor;
    }

    private void removeSeat(SeatEditor editor) {
        seats.remove(editor);
        seatList.remove(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < seats.size(); i++) {
            seats.get(i).setNumber(i + 1);
            seats.get(i).setId("seat-" + (i + 1));
        }
        addSeat.setEnabled(seats.size() < ProjectDraft.MAX_SEATS);
    }

    // --- saving ----------------------------------------------------------------------------

    ProjectDraft draft() {
        List<SeatSpec> seatSpecs = seats.stream().map(SeatEditor::getValue).toList();
        return new ProjectDraft(title.getValue(), summary.getValue(), problem.getValue(), expectedOutcome.getValue(),
                category.getValue(), dataInvolved.getValue(), earliestStart.getValue(), deadline.getValue(),
                priority.getValue(), urgencyReason.getValue(), seatSpecs,
                new ScopingChecklist(deliverables.getValue(), decisionMaker.getValue(), dataAccess.getValue(),
                        staffHours.getValue()),
                new EthicsAnswers(automatedTasks.getValue(), freedTimeUse.getValue(), jobImpact.getValue(),
                        consent.getValue(), minimisation.getValue(), retention.getValue(), beneficiaryRisks.getValue(),
                        humanOversight.getValue()));
    }

    /** Saves the draft; returns false (and shows the problems next to their fields) when refused. */
    boolean autosave() {
        clearErrors();
        try {
            ProjectView saved = projectId == null ? projects.create(draft())
                    : projects.saveDraft(projectId, draft(), version);
            boolean created = projectId == null;
            projectId = saved.id();
            version = saved.version();
            heading.setText(getTranslation("posting.title.edit"));
            saveStatus.setText(getTranslation("posting.saved", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).format(java.time.LocalTime.now(ZoneId.of("America/Toronto")))));
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "projects/edit/" + projectId));
            }
            return true;
        } catch (ProjectException e) {
            showProblems(e);
            return false;
        }
    }

    void submitProject() {
        if (!autosave()) {
            return;
        }
        try {
            ProjectView submitted = projects.submit(projectId, version);
            Notification.show(getTranslation("posting.submitted"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("project/" + submitted.id()));
        } catch (ProjectException e) {
            showProblems(e);
            refreshReview();
        }
    }

    private void showProblems(ProjectException e) {
        if ("project.scopingRequired".equals(e.messageKey())) {
            showScopingRequired();
            return;
        }
        if (e.problems().isEmpty()) {
            Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        int firstStep = STEPS;
        for (FieldProblem issue : e.problems()) {
            firstStep = Math.min(firstStep, markField(issue));
        }
        if (firstStep < STEPS && !"project.incomplete".equals(e.messageKey())) {
            steps.setSelectedIndex(firstStep - 1);
        }
        Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The submission gate: a notice that stays, with a link to the scoping course. */
    private void showScopingRequired() {
        Span text = new Span(getTranslation("project.scopingRequired"));
        Anchor course = new Anchor("formation/cours/" + TrainingRecords.SCOPING_COURSE,
                getTranslation("project.scopingRequired.link"));
        course.setId("scoping-course-link");
        Button close = new Button(getTranslation("project.scopingRequired.close"));
        Notification notice = new Notification();
        notice.setId("scoping-required");
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setPosition(Notification.Position.TOP_CENTER);
        close.addClickListener(c -> notice.close());
        HorizontalLayout content = new HorizontalLayout(text, course, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }

    /** Shows a problem next to its field; returns the number of the step the field is on. */
    int markField(FieldProblem issue) {
        String message = getTranslation(issue.messageKey(), issue.params().toArray());
        String field = issue.field();
        if (field.startsWith("seats[")) {
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            String name = field.substring(field.indexOf("].") + 2);
            if (index < seats.size()) {
                SeatEditor seat = seats.get(index);
                if ("requiredSkills".equals(name)) {
                    seat.showSkillsError(message);
                } else if (seat.field(name) != null) {
                    invalid(seat.field(name), message);
                }
            }
            return 2;
        }
        if ("seats".equals(field)) {
            seatsError.setText(message);
            seatsError.setVisible(true);
            return 2;
        }
        HasValidation target = switch (field) {
            case "title" -> title;
            case "summary" -> summary;
            case "problem" -> this.problem;
            case "expectedOutcome" -> expectedOutcome;
            case "category" -> category;
            case "dataInvolved" -> dataInvolved;
            case "earliestStart" -> earliestStart;
            case "deadline" -> deadline;
            case "urgencyReason" -> urgencyReason;
            case "checklist.deliverables" -> deliverables;
            case "checklist.decisionMaker" -> decisionMaker;
            case "checklist.dataAccess" -> dataAccess;
            case "checklist.staffHoursPerMonth" -> staffHours;
            case "ethics.automatedTasks" -> automatedTasks;
            case "ethics.freedTimeUse" -> freedTimeUse;
            case "ethics.jobImpact" -> jobImpact;
            case "ethics.consent" -> consent;
            case "ethics.minimisation" -> minimisation;
            case "ethics.retention" -> retention;
            case "ethics.beneficiaryRisks" -> beneficiaryRisks;
            case "ethics.humanOversight" -> humanOversight;
            default -> null;
        };
        if (target != null) {
            invalid(target, message);
        }
        if (field.startsWith("checklist.")) {
            return 3;
        }
        return field.startsWith("ethics.") ? 4 : 1;
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(title, summary, problem, expectedOutcome, category, dataInvolved,
                earliestStart, deadline, urgencyReason, deliverables, decisionMaker, dataAccess, staffHours,
                automatedTasks, freedTimeUse, jobImpact, consent, minimisation, retention, beneficiaryRisks,
                humanOversight)) {
            f.setInvalid(false);
        }
        seats.forEach(SeatEditor::clearErrors);
        seatsError.setVisible(false);
    }

    /** The checklist before submission: what is still missing, step by step. */
    void refreshReview() {
        missing.removeAll();
        reviewSummary.removeAll();
        ProjectDraft draft = draft();
        reviewSummary.add(new Paragraph(getTranslation("posting.review.totals", draft.seats().size(),
                draft.totalHours())));
        List<FieldProblem> problems = draft.submissionProblems(code -> catalogue.stream()
                .anyMatch(s -> s.code().equals(code)));
        if (problems.isEmpty()) {
            reviewSummary.add(new Paragraph(getTranslation("posting.review.ready")));
        } else {
            reviewSummary.add(new Paragraph(getTranslation("posting.review.missing")));
            for (FieldProblem issue : problems) {
                int step = markField(issue);
                missing.add(new ListItem(getTranslation("posting.step." + step) + " — "
                        + getTranslation("posting.problemField." + fieldKey(issue.field())) + " : "
                        + getTranslation(issue.messageKey(), issue.params().toArray())));
            }
        }
    }

    static String fieldKey(String field) {
        return field.replaceAll("\\[\\d+]", "").replace("seats.", "seat.");
    }

    private void load(ProjectView project) {
        projectId = project.id();
        version = project.version();
        heading.setText(getTranslation("posting.title.edit"));
        ProjectDraft d = project.content();
        title.setValue(Objects.toString(d.title(), ""));
        summary.setValue(Objects.toString(d.summary(), ""));
        problem.setValue(Objects.toString(d.problem(), ""));
        expectedOutcome.setValue(Objects.toString(d.expectedOutcome(), ""));
        category.setValue(d.category());
        dataInvolved.setValue(d.dataInvolved());
        earliestStart.setValue(d.earliestStart());
        deadline.setValue(d.deadline());
        priority.setValue(d.priority());
        urgencyReason.setValue(Objects.toString(d.urgencyReason(), ""));
        seats.clear();
        seatList.removeAll();
        d.seats().forEach(this::addSeatEditor);
        deliverables.setValue(Objects.toString(d.checklist().deliverables(), ""));
        decisionMaker.setValue(Objects.toString(d.checklist().decisionMaker(), ""));
        dataAccess.setValue(Objects.toString(d.checklist().dataAccess(), ""));
        staffHours.setValue(d.checklist().staffHoursPerMonth());
        automatedTasks.setValue(Objects.toString(d.ethics().automatedTasks(), ""));
        freedTimeUse.setValue(Objects.toString(d.ethics().freedTimeUse(), ""));
        jobImpact.setValue(d.ethics().jobImpact());
        consent.setValue(Objects.toString(d.ethics().consent(), ""));
        minimisation.setValue(Objects.toString(d.ethics().minimisation(), ""));
        retention.setValue(Objects.toString(d.ethics().retention(), ""));
        beneficiaryRisks.setValue(Objects.toString(d.ethics().beneficiaryRisks(), ""));
        humanOversight.setValue(Objects.toString(d.ethics().humanOversight(), ""));
        if (project.lastReviewComment() != null && !project.lastReviewComment().isBlank()) {
            reviewChanges.setText(getTranslation("posting.changesRequested", project.lastReviewComment()));
            reviewChanges.setVisible(true);
        }
    }

    String projectId() {
        return projectId;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
