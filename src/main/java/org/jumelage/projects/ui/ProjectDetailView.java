package org.jumelage.projects.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectException;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.SeatSpec;
import org.jumelage.projects.Transition;
import org.jumelage.shared.skills.SkillCatalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

/**
 * One project: its content, seats, questionnaire and timeline, with the actions the person may
 * take in its current state (continue the draft, cancel, start, complete; for coordinators:
 * approve, ask for changes, reject).
 */
@Route("project")
@PermitAll
public class ProjectDetailView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    final H1 heading = new H1();
    final Span status = new Span();
    final Div flags = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final Div content = new Div();
    final OrderedList timeline = new OrderedList();

    private final transient ProjectService projects;
    private final transient SkillCatalogue skills;
    private final transient CurrentUser currentUser;
    private ProjectView project;

    public ProjectDetailView(ProjectService projects, SkillCatalogue skills, CurrentUser currentUser) {
        this.projects = projects;
        this.skills = skills;
        this.currentUser = currentUser;
        addClassName("page");
        setId("project-detail");
        status.setId("project-status");
        status.getElement().getThemeList().add("badge");
        flags.setId("project-flags");
        actions.setId("project-actions");
        timeline.setId("project-timeline");
        add(heading, status, flags, actions, content);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            show(projects.get(id));
        } catch (ProjectException e) {
            heading.setText(getTranslation(e.messageKey()));
            status.setVisible(false);
        }
    }

    void show(ProjectView shown) {
        this.project = shown;
        ProjectDraft d = shown.content();
        heading.setText(d.title());
        status.setText(getTranslation(shown.status().translationKey()));
        flags.removeAll();
        if (shown.jobReductionFlag()) {
            Div flag = new Div(new Span(getTranslation("project.flag.reduction")));
            flag.addClassNames("notice", "notice-error");
            flag.setId("flag-reduction");
            flags.add(flag);
        }
        if (shown.lastReviewComment() != null && !shown.lastReviewComment().isBlank()) {
            Div comment = new Div(new Span(getTranslation("project.lastReviewComment", shown.lastReviewComment())));
            comment.addClassName("notice");
            flags.add(comment);
        }
        content.removeAll();
        content.add(new Paragraph(getTranslation("project.detail.owner", shown.organisationName())));
        section("project.detail.summary", d.summary());
        section("project.detail.problem", d.problem());
        section("project.detail.expectedOutcome", d.expectedOutcome());
        content.add(new Paragraph(getTranslation("project.detail.facts",
                d.category() == null ? "—" : getTranslation(d.category().translationKey()),
                d.dataInvolved() == null ? "—" : getTranslation(d.dataInvolved().translationKey()),
                Objects.toString(d.earliestStart(), "—"), Objects.toString(d.deadline(), "—"),
                getTranslation(d.priority().translationKey()))));
        if (d.urgencyReason() != null && !d.urgencyReason().isBlank()) {
            section("posting.field.urgencyReason", d.urgencyReason());
        }
        content.add(new H2(getTranslation("project.detail.seats", d.seats().size(), shown.totalHours())));
        Div seatCards = new Div();
        seatCards.addClassName("cards");
        seatCards.setId("project-seats");
        for (SeatSpec seat : d.seats()) {
            seatCards.add(seatCard(seat));
        }
        content.add(seatCards);
        content.add(new H2(getTranslation("posting.step.3")));
        section("posting.field.deliverables", d.checklist().deliverables());
        section("posting.field.decisionMaker", d.checklist().decisionMaker());
        section("posting.field.dataAccess", d.checklist().dataAccess());
        section("posting.field.staffHours", Objects.toString(d.checklist().staffHoursPerMonth(), ""));
        content.add(new H2(getTranslation("posting.step.4")));
        EthicsAnswers e = d.ethics();
        section("posting.field.automatedTasks", e.automatedTasks());
        section("posting.field.freedTimeUse", e.freedTimeUse());
        section("posting.field.jobImpact", e.jobImpact() == null ? "" : getTranslation(e.jobImpact().translationKey()));
        section("posting.field.consent", e.consent());
        section("posting.field.minimisation", e.minimisation());
        section("posting.field.retention", e.retention());
        section("posting.field.beneficiaryRisks", e.beneficiaryRisks());
        section("posting.field.humanOversight", e.humanOversight());
        content.add(new H2(getTranslation("project.detail.timeline")), timeline);
        timeline.removeAll();
        for (Transition step : shown.timeline()) {
            timeline.add(new ListItem(describe(step)));
        }
        renderActions();
    }

    private String describe(Transition step) {
        String when = WHEN.withLocale(getLocale()).format(step.at().atZone(ZoneId.of("America/Toronto")));
        String what = step.from() == null ? getTranslation("project.timeline.created")
                : getTranslation("project.timeline.moved", getTranslation(step.from().translationKey()),
                        getTranslation(step.to().translationKey()));
        String text = when + " — " + Objects.toString(step.byName(), "") + " — " + what;
        return step.comment() == null ? text : text + " : « " + step.comment() + " »";
    }

    private Div seatCard(SeatSpec seat) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(seat.roleTitle()));
        card.add(new Paragraph(getTranslation("project.seat.facts", seat.hours(),
                seat.providerKind() == null ? "—" : getTranslation(seat.providerKind().translationKey()),
                seat.remote() ? getTranslation("seat.remote")
                        : seat.region() == null ? "—" : getTranslation(seat.region().translationKey()),
                seat.workingLanguage() == null ? "—" : getTranslation(seat.workingLanguage().translationKey()))));
        Function<org.jumelage.shared.domain.RequiredSkill, String> label = s -> skills.label(s.skillCode(), getLocale())
                + " (" + getTranslation(s.level().translationKey()) + ")";
        card.add(new Paragraph(seat.requiredSkills().stream().map(label).collect(Collectors.joining(", "))));
        return card;
    }

    private void section(String labelKey, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("field-label");
        Span value = new Span(text);
        value.addClassName("multiline");
        p.add(label, value);
        content.add(p);
    }

    private void renderActions() {
        actions.removeAll();
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR);
        boolean member = currentUser.hasRole(Role.OSBL_MEMBER) && !coordinator;
        ProjectStatus s = project.status();
        if (member && s == ProjectStatus.DRAFT) {
            actions.add(button("project.action.edit", ButtonVariant.LUMO_PRIMARY,
                    () -> getUI().ifPresent(ui -> ui.navigate("projects/edit/" + project.id()))));
        }
        if (coordinator && s == ProjectStatus.SUBMITTED) {
            actions.add(button("project.action.approve", ButtonVariant.LUMO_SUCCESS,
                    () -> withComment("project.action.approve", false,
                            c -> projects.approve(project.id(), c, project.version()))));
            actions.add(button("project.action.requestChanges", ButtonVariant.LUMO_CONTRAST,
                    () -> withComment("project.action.requestChanges", true,
                            c -> projects.requestChanges(project.id(), c, project.version()))));
            actions.add(button("project.action.reject", ButtonVariant.LUMO_ERROR,
                    () -> withComment("project.action.reject", true,
                            c -> projects.reject(project.id(), c, project.version()))));
        }
        if ((member || coordinator) && s == ProjectStatus.MATCHED) {
            actions.add(button("project.action.start", ButtonVariant.LUMO_PRIMARY,
                    () -> run(() -> projects.startWork(project.id(), project.version()))));
        }
        if ((member || coordinator) && s == ProjectStatus.IN_PROGRESS) {
            actions.add(button("project.action.complete", ButtonVariant.LUMO_PRIMARY,
                    () -> run(() -> projects.complete(project.id(), project.version()))));
        }
        if ((member || coordinator) && !s.isFinal()) {
            actions.add(button("project.action.cancel", ButtonVariant.LUMO_ERROR,
                    () -> withComment("project.action.cancel", true,
                            c -> projects.cancel(project.id(), c, project.version()))));
        }
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(variant);
        button.setId(key.replace('.', '-'));
        return button;
    }

    /** Asks for a comment (required for changes, rejection and cancellation), then acts. */
    void withComment(String titleKey, boolean required, Function<String, ProjectView> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea comment = new TextArea(getTranslation(required ? "project.comment.required" : "project.comment.optional"));
        comment.setId("decision-comment");
        comment.setWidth("32rem");
        comment.setMaxLength(ProjectDraft.LONG_TEXT_MAX);
        Button confirm = new Button(getTranslation("project.action.confirm"), e -> {
            if (required && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("project.comment.missing"));
                comment.setInvalid(true);
                return;
            }
            try {
                show(action.apply(comment.getValue()));
                dialog.close();
                notify("project.action.done", NotificationVariant.LUMO_SUCCESS);
            } catch (ProjectException ex) {
                comment.setErrorMessage(getTranslation(ex.messageKey()));
                comment.setInvalid(true);
            }
        });
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(comment);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(java.util.function.Supplier<ProjectView> action) {
        try {
            show(action.get());
            notify("project.action.done", NotificationVariant.LUMO_SUCCESS);
        } catch (ProjectException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
