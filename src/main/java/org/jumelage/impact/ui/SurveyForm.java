package org.jumelage.impact.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jumelage.impact.JobsEffect;
import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.QuestionType;
import org.jumelage.impact.Respondent;
import org.jumelage.impact.SurveyAnswers;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The standard survey (the organisation's or the provider's variant) and, after it, the programme
 * questions the evaluation carries. Service-free: the view reads {@link #answers()} and
 * {@link #programmeAnswers()}, calls the service and hands refusals to {@link #showErrors(Map)}.
 */
class SurveyForm extends Div {

    final RadioButtonGroup<Integer> objectives = scale("objectives");
    final IntegerField hoursFreed = new IntegerField();
    final TextArea hoursNowUsedFor = new TextArea();
    final RadioButtonGroup<JobsEffect> jobsEffect = new RadioButtonGroup<>();
    final IntegerField beneficiaries = new IntegerField();
    final TextArea skillsGained = new TextArea();
    final RadioButtonGroup<Integer> satisfaction = scale("satisfaction");
    final TextArea comments = new TextArea();
    final Map<String, AbstractField<?, String>> programme = new LinkedHashMap<>();
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private final Respondent respondent;

    SurveyForm(Respondent respondent, List<ProgrammeQuestion> questions) {
        this.respondent = respondent;
        setId("survey-form");
        addClassName("survey-form");
        boolean osbl = respondent == Respondent.OSBL;
        objectives.setLabel(getTranslation("evaluation.field.objectives"));
        objectives.setHelperText(getTranslation("evaluation.scale.help"));
        add(objectives);
        byField.put("objectives", objectives);
        if (osbl) {
            hoursFreed.setId("hoursFreedPerMonth");
            hoursFreed.setLabel(getTranslation("evaluation.field.hoursFreed"));
            hoursFreed.setHelperText(getTranslation("evaluation.field.hoursFreed.help"));
            hoursFreed.setMin(0);
            hoursFreed.setMax(SurveyAnswers.MAX_HOURS_PER_MONTH);
            hoursNowUsedFor.setId("hoursNowUsedFor");
            hoursNowUsedFor.setLabel(getTranslation("evaluation.field.hoursNowUsedFor"));
            hoursNowUsedFor.setMaxLength(SurveyAnswers.MAX_TEXT);
            jobsEffect.setId("jobsEffect");
            jobsEffect.setLabel(getTranslation("evaluation.field.jobsEffect"));
            jobsEffect.setItems(JobsEffect.values());
            jobsEffect.setItemLabelGenerator(e -> getTranslation(e.translationKey()));
            beneficiaries.setId("beneficiariesChange");
            beneficiaries.setLabel(getTranslation("evaluation.field.beneficiaries"));
            beneficiaries.setHelperText(getTranslation("evaluation.field.beneficiaries.help"));
            add(hoursFreed, hoursNowUsedFor, jobsEffect, beneficiaries);
            byField.put("hoursFreedPerMonth", hoursFreed);
            byField.put("hoursNowUsedFor", hoursNowUsedFor);
            byField.put("jobsEffect", jobsEffect);
            byField.put("beneficiariesChange", beneficiaries);
        }
        skillsGained.setId("skillsGained");
        skillsGained.setLabel(getTranslation(osbl ? "evaluation.field.skillsGained"
                : "evaluation.field.skillsGained.provider"));
        skillsGained.setMaxLength(SurveyAnswers.MAX_TEXT);
        satisfaction.setLabel(getTranslation(osbl ? "evaluation.field.satisfaction"
                : "evaluation.field.satisfaction.provider"));
        satisfaction.setHelperText(getTranslation("evaluation.scale.help"));
        comments.setId("comments");
        comments.setLabel(getTranslation("evaluation.field.comments"));
        comments.setMaxLength(SurveyAnswers.MAX_TEXT);
        add(skillsGained, satisfaction, comments);
        byField.put("skillsGained", skillsGained);
        byField.put("satisfaction", satisfaction);
        byField.put("comments", comments);
        if (!questions.isEmpty()) {
            H2 more = new H2(getTranslation("evaluation.programme.title"));
            more.setId("programme-title");
            add(more);
            questions.forEach(this::addQuestion);
        }
    }

    private void addQuestion(ProgrammeQuestion q) {
        String label = q.text(getLocale());
        AbstractField<?, String> field;
        if (q.type() == QuestionType.TEXT) {
            TextArea area = new TextArea();
            area.setLabel(label);
            area.setMaxLength(SurveyAnswers.MAX_TEXT);
            field = area;
        } else {
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setLabel(label);
            if (q.type() == QuestionType.SCALE) {
                group.setItems("1", "2", "3", "4", "5");
                group.setHelperText(getTranslation("evaluation.scale.help"));
            } else {
                group.setItems("YES", "NO");
                group.setItemLabelGenerator(v -> getTranslation("evaluation.yesNo." + v));
            }
            field = group;
        }
        field.setId("q-" + q.id());
        programme.put(q.id(), field);
        byField.put("q-" + q.id(), (HasValidation) field);
        add(field);
    }

    private RadioButtonGroup<Integer> scale(String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setId(id);
        group.setItems(1, 2, 3, 4, 5);
        return group;
    }

    SurveyAnswers answers() {
        if (respondent == Respondent.OSBL) {
            return new SurveyAnswers(objectives.getValue(), hoursFreed.getValue(), hoursNowUsedFor.getValue(),
                    jobsEffect.getValue(), beneficiaries.getValue(), skillsGained.getValue(), satisfaction.getValue(),
                    comments.getValue());
        }
        return SurveyAnswers.ofProvider(objectives.getValue(), skillsGained.getValue(), satisfaction.getValue(),
                comments.getValue());
    }

    Map<String, String> programmeAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        programme.forEach((id, field) -> answers.put(id, field.getValue()));
        return answers;
    }

    /** Marks each field with its problem and clears the others; returns whether any field was marked. */
    boolean showErrors(Map<String, String> problems) {
        byField.values().forEach(f -> f.setInvalid(false));
        boolean marked = false;
        for (Map.Entry<String, String> e : problems.entrySet()) {
            HasValidation field = byField.get(e.getKey());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.getValue()));
                field.setInvalid(true);
                marked = true;
            }
        }
        return marked;
    }

    /** The first field with a problem, to move the focus to. */
    HasValue<?, ?> field(String name) {
        return (HasValue<?, ?>) byField.get(name);
    }
}
