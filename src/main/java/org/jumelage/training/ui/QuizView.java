package org.jumelage.training.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.LearnerCourse;
import org.jumelage.training.Learning;
import org.jumelage.training.Progress;
import org.jumelage.training.QuizOutcome;
import org.jumelage.training.QuizOutcome.QuestionResult;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * A module's quiz: one group of choices per question (radio buttons for one answer, check boxes for
 * several). After submission, each question shows whether it was right and the explanation of
 * every choice; the attempts left and the best score are shown.
 */
@Route("formation/cours/:code/quiz/:module")
@PermitAll
public class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button submit = new Button();
    final Div result = new Div();
    private final transient Learning learning;
    private CourseModule module;
    private String code;
    private String title = "";

    public QuizView(Learning learning) {
        this.learning = learning;
        addClassName("page");
        setId("quiz-view");
        submit.setId("quiz-submit");
        submit.setText(getTranslation("training.quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitAnswers());
        result.setId("quiz-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("code").orElse(""), event.getRouteParameters().get("module").orElse(""));
    }

    void open(String courseCode, String moduleKey) {
        code = courseCode;
        removeAll();
        fields.clear();
        result.removeAll();
        try {
            learning.enrol(code);
            LearnerCourse course = learning.course(code);
            module = course.course().content().module(moduleKey).filter(m -> m.quiz() != null).orElse(null);
            if (module == null) {
                title = getTranslation("training.quiz.notFound");
                add(back(), new H1(title));
                return;
            }
            show(course);
        } catch (RefusalException e) {
            title = getTranslation("training.quiz.notFound");
            add(back(), new H1(title), new Paragraph(Notices.text(e)));
        }
    }

    private void show(LearnerCourse course) {
        title = getTranslation("training.quiz.title", module.title().in(getLocale()));
        Progress p = course.progress().orElseThrow();
        var status = p.quizzes().get(module.key());
        int max = course.course().content().maxQuizAttempts();
        Paragraph rules = new Paragraph(getTranslation("training.quiz.rules", module.quiz().passMark(),
                max == 0 ? getTranslation("training.quiz.unlimited") : String.valueOf(max)));
        rules.setId("quiz-rules");
        add(back(), new H1(title), rules);
        if (status != null) {
            Paragraph sofar = new Paragraph(getTranslation("training.quiz.sofar", status.attempts(), status.bestScore()));
            sofar.setId("quiz-sofar");
            add(sofar);
        }
        int n = 1;
        for (Question q : module.quiz().questions()) {
            String label = n++ + ". " + q.text().in(getLocale());
            if (q.multiple()) {
                CheckboxGroup<Choice> group = new CheckboxGroup<>();
                group.setLabel(label);
                group.setHelperText(getTranslation("training.quiz.several"));
                group.setItems(q.choices());
                group.setItemLabelGenerator(c -> c.text().in(getLocale()));
                group.setId("question-" + q.key());
                fields.put(q.key(), group);
                add(group);
            } else {
                RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
                group.setLabel(label);
                group.setItems(q.choices());
                group.setItemLabelGenerator(c -> c.text().in(getLocale()));
                group.setId("question-" + q.key());
                fields.put(q.key(), group);
                add(group);
            }
        }
        boolean blocked = status != null && max > 0 && status.attempts() >= max;
        submit.setEnabled(!blocked);
        add(submit, result);
        if (blocked) {
            result.add(new Paragraph(getTranslation("training.quiz.noAttemptsLeft")));
        }
    }

    /** The choices picked, by question key. */
    Map<String, Set<String>> answers() {
        Map<String, Set<String>> answers = new HashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            Set<String> keys = new java.util.HashSet<>();
            if (value instanceof Choice c) {
                keys.add(c.key());
            } else if (value instanceof Set<?> set) {
                set.forEach(o -> keys.add(((Choice) o).key()));
            }
            answers.put(key, keys);
        });
        return answers;
    }

    void submitAnswers() {
        QuizOutcome outcome;
        try {
            outcome = learning.submitQuiz(code, module.key(), answers());
        } catch (RefusalException e) {
            Notices.error(e);
            return;
        }
        result.removeAll();
        result.getElement().setAttribute("role", "status");
        result.setClassName(outcome.passed() ? "notice notice-success" : "notice notice-error");
        H2 verdict = new H2(getTranslation(outcome.passed() ? "training.quiz.passed" : "training.quiz.failed",
                outcome.score(), outcome.passMark()));
        verdict.setId("quiz-verdict");
        result.add(verdict, new Paragraph(getTranslation("training.quiz.after", outcome.bestScore(),
                outcome.attemptsLeft() < 0 ? getTranslation("training.quiz.unlimited")
                        : String.valueOf(outcome.attemptsLeft()))));
        int n = 1;
        for (QuestionResult r : outcome.questions()) {
            Question q = module.quiz().questions().stream().filter(x -> x.key().equals(r.questionKey())).findFirst()
                    .orElseThrow();
            Div block = new Div();
            block.addClassName("quiz-explanation");
            block.add(new Paragraph(n++ + ". " + q.text().in(getLocale()) + " — "
                    + getTranslation(r.right() ? "training.quiz.right" : "training.quiz.wrong")));
            UnorderedList choices = new UnorderedList();
            for (Choice c : q.choices()) {
                String mark = getTranslation(c.correct() ? "training.quiz.choice.correct"
                        : "training.quiz.choice.incorrect");
                String picked = r.chosen().contains(c.key()) ? " (" + getTranslation("training.quiz.choice.picked") + ")"
                        : "";
                choices.add(new ListItem(c.text().in(getLocale()) + picked + " — " + mark + " : "
                        + c.explanation().in(getLocale())));
            }
            block.add(choices);
            result.add(block);
        }
        if (outcome.courseCompleted()) {
            Paragraph done = new Paragraph(getTranslation("training.completed"));
            done.setId("quiz-course-completed");
            result.add(done);
        }
        RouterLink course = back();
        result.add(course);
        if (outcome.attemptsLeft() == 0) {
            submit.setEnabled(false);
        }
    }

    private RouterLink back() {
        RouterLink link = new RouterLink(getTranslation("training.backToCourse"), CoursePageView.class,
                new RouteParameters("code", code));
        link.addClassName("back-to-course");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
