package org.jumelage.impact.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.EvaluationDetails;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.Evaluations;
import org.jumelage.impact.FollowUpAnswers;
import org.jumelage.impact.ImpactException;
import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.StillInUse;
import org.jumelage.impact.SurveyAnswers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * Where an evaluation e-mail leads: the survey (or the 90-day follow-up) of one project, in the
 * reader's language. Only the respondent answers; once submitted the answers are shown, never
 * edited. Coordinators may read.
 */
@Route("evaluations/:id")
@RolesAllowed({Role.OSBL, Role.FIRM, Role.VOLUNTEER_ROLE, Role.COORDINATOR_ROLE})
public class EvaluationFormView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Div problem = new Div();
    final Div content = new Div();
    final Button submit = new Button();
    SurveyForm survey;
    final RadioButtonGroup<StillInUse> stillInUse = new RadioButtonGroup<>();
    final TextArea followUpComment = new TextArea();

    private final transient Evaluations evaluations;
    private final H1 title = new H1();
    private EvaluationDetails current;

    public EvaluationFormView(Evaluations evaluations) {
        this.evaluations = evaluations;
        addClassName("page");
        setId("evaluation-form-view");
        problem.setId("evaluation-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        content.setId("evaluation-content");
        submit.setId("evaluation-submit");
        submit.setText(getTranslation("evaluation.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitAnswers());
        title.setText(getTranslation("evaluation.title.SURVEY"));
        add(title, problem, content, new RouterLink(getTranslation("evaluation.all"), MyEvaluationsView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(""));
    }

    void open(String evaluationId) {
        content.removeAll();
        problem.setVisible(false);
        try {
            current = evaluations.get(evaluationId);
        } catch (ImpactException e) {
            current = null;
            showProblem(e.messageKey());
            return;
        }
        title.setText(getTranslation("evaluation.title." + current.kind().name()));
        Paragraph about = new Paragraph(getTranslation("evaluation.about", current.projectTitle(),
                current.organisationName(), date(current)));
        about.setId("evaluation-about");
        content.add(about);
        if (current.respondent().isProvider()) {
            content.add(new Paragraph(getTranslation("evaluation.asProvider", current.respondentName())));
        }
        if (current.submitted()) {
            showAnswers();
        } else if (current.answerable()) {
            showForm();
        } else {
            Paragraph waiting = new Paragraph(getTranslation("evaluation.notAnswered"));
            waiting.setId("evaluation-waiting");
            content.add(waiting);
        }
    }

    private void showForm() {
        content.add(new Paragraph(getTranslation(current.kind() == EvaluationKind.SURVEY ? "evaluation.intro.SURVEY"
                : "evaluation.intro.FOLLOW_UP")));
        if (current.kind() == EvaluationKind.SURVEY) {
            survey = new SurveyForm(current.respondent(), current.questions());
            content.add(survey);
        } else {
            stillInUse.setId("stillInUse");
            stillInUse.setLabel(getTranslation("evaluation.field.stillInUse"));
            stillInUse.setItems(StillInUse.values());
            stillInUse.setItemLabelGenerator(v -> getTranslation(v.translationKey()));
            followUpComment.setId("followUpComment");
            followUpComment.setLabel(getTranslation("evaluation.field.followUpComment"));
            followUpComment.setHelperText(getTranslation("evaluation.field.followUpComment.help"));
            followUpComment.setMaxLength(SurveyAnswers.MAX_TEXT);
            content.add(stillInUse, followUpComment);
        }
        content.add(submit);
    }

    void submitAnswers() {
        problem.setVisible(false);
        try {
            if (current.kind() == EvaluationKind.SURVEY) {
                evaluations.submitSurvey(current.id(), survey.answers(), survey.programmeAnswers());
            } else {
                evaluations.submitFollowUp(current.id(),
                        new FollowUpAnswers(stillInUse.getValue(), followUpComment.getValue()));
            }
        } catch (ImpactException e) {
            showErrors(e);
            return;
        }
        open(current.id());
        Div done = new Div();
        done.setId("evaluation-thanks");
        done.getElement().setAttribute("role", "status");
        done.setClassName("notice notice-success");
        done.setText(getTranslation("evaluation.thanks"));
        content.addComponentAsFirst(done);
    }

    private void showErrors(ImpactException e) {
        Map<String, String> problems = e.fieldMessageKeys();
        boolean marked = false;
        if (survey != null && current.kind() == EvaluationKind.SURVEY) {
            marked = survey.showErrors(problems);
        } else {
            stillInUse.setInvalid(problems.containsKey("stillInUse"));
            stillInUse.setErrorMessage(problems.containsKey("stillInUse") ? getTranslation(problems.get("stillInUse")) : null);
            followUpComment.setInvalid(problems.containsKey("comment"));
            followUpComment.setErrorMessage(problems.containsKey("comment") ? getTranslation(problems.get("comment")) : null);
            marked = !problems.isEmpty();
        }
        showProblem(marked ? "evaluation.fixFields" : e.messageKey());
    }

    private void showAnswers() {
        Div when = new Div();
        when.setId("evaluation-submitted");
        when.setClassName("notice notice-success");
        when.setText(getTranslation("evaluation.submittedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale()).format(current.submittedAt().atZone(EvaluationOutcomes.ZONE))));
        DescriptionList answers = new DescriptionList();
        answers.setId("evaluation-answers");
        if (current.kind() == EvaluationKind.FOLLOW_UP) {
            FollowUpAnswers f = current.followUp();
            item(answers, "evaluation.field.stillInUse", getTranslation(f.stillInUse().translationKey()));
            item(answers, "evaluation.field.followUpComment", f.comment());
        } else {
            SurveyAnswers s = current.survey();
            boolean osbl = !current.respondent().isProvider();
            item(answers, "evaluation.field.objectives", String.valueOf(s.objectives()));
            if (osbl) {
                item(answers, "evaluation.field.hoursFreed", String.valueOf(s.hoursFreedPerMonth()));
                item(answers, "evaluation.field.hoursNowUsedFor", s.hoursNowUsedFor());
                item(answers, "evaluation.field.jobsEffect", getTranslation(s.jobsEffect().translationKey()));
                item(answers, "evaluation.field.beneficiaries", String.valueOf(s.beneficiariesChange()));
            }
            item(answers, osbl ? "evaluation.field.skillsGained" : "evaluation.field.skillsGained.provider",
                    s.skillsGained());
            item(answers, osbl ? "evaluation.field.satisfaction" : "evaluation.field.satisfaction.provider",
                    String.valueOf(s.satisfaction()));
            item(answers, "evaluation.field.comments", s.comments());
            for (ProgrammeQuestion q : current.questions()) {
                String value = current.programmeAnswers().get(q.id());
                if (value != null && (value.equals("YES") || value.equals("NO"))) {
                    value = getTranslation("evaluation.yesNo." + value);
                }
                answers.add(new DescriptionList.Term(q.text(getLocale())),
                        new DescriptionList.Description(value == null ? getTranslation("evaluation.noAnswer") : value));
            }
        }
        content.add(when, answers);
    }

    private void item(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(
                value == null || value.isBlank() ? getTranslation("evaluation.noAnswer") : value));
    }

    private String date(EvaluationDetails d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(d.completedAt().atZone(EvaluationOutcomes.ZONE));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
