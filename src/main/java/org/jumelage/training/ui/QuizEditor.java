package org.jumelage.training.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jumelage.training.Bilingual;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The quiz of one module, edited question by question: French and English texts, single or
 * multiple choice, answers with their right flag and explanations, the pass mark, and buttons to
 * add, remove and reorder questions and answers. It holds no rules: the draft's save checks the quiz.
 * Keys of existing questions and answers are kept, since learners' progress refers to them.
 */
class QuizEditor extends Div {

    static final int DEFAULT_PASS_MARK = 70;

    final IntegerField passMark = new IntegerField();
    final Button addQuestion = new Button();
    final List<QuestionEditor> questions = new ArrayList<>();
    private final Div holder = new Div();
    /** A new question key, unique in the course. */
    private final Supplier<String> newQuestionKey;

    QuizEditor(Supplier<String> newQuestionKey) {
        this.newQuestionKey = newQuestionKey;
        setId("quiz-editor");
        addClassName("quiz-editor");
        passMark.setLabel(getTranslation("training.quizedit.passMark"));
        passMark.setId("quiz-pass-mark");
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setStepButtonsVisible(true);
        passMark.setHelperText(getTranslation("training.quizedit.passMark.help"));
        addQuestion.setText(getTranslation("training.quizedit.addQuestion"));
        addQuestion.setId("quiz-add-question");
        addQuestion.setIcon(VaadinIcon.PLUS.create());
        addQuestion.addClickListener(e -> addQuestion());
        add(passMark, holder, addQuestion);
        setQuiz(null);
    }

    /** Shows a quiz; null for a module without one. */
    void setQuiz(Quiz quiz) {
        questions.clear();
        passMark.setValue(quiz == null ? DEFAULT_PASS_MARK : quiz.passMark());
        if (quiz != null) {
            quiz.questions().forEach(q -> questions.add(new QuestionEditor(q)));
        }
        render();
    }

    /** The quiz as edited; null when it has no question (the module has no quiz). */
    Quiz getQuiz() {
        if (questions.isEmpty()) {
            return null;
        }
        return new Quiz(passMark.getValue() == null ? 0 : passMark.getValue(),
                questions.stream().map(QuestionEditor::question).toList());
    }

    /** Keys of the questions shown, so that the course hands out no key twice. */
    Set<String> questionKeys() {
        Set<String> keys = new HashSet<>();
        questions.forEach(q -> keys.add(q.key));
        return keys;
    }

    QuestionEditor addQuestion() {
        QuestionEditor q = new QuestionEditor(new Question(newQuestionKey.get(), new Bilingual("", ""), false,
                List.of()));
        q.addAnswer();
        q.addAnswer();
        questions.add(q);
        render();
        return q;
    }

    void move(QuestionEditor q, int by) {
        int from = questions.indexOf(q);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < questions.size()) {
            Collections.swap(questions, from, to);
            render();
        }
    }

    void remove(QuestionEditor q) {
        questions.remove(q);
        render();
    }

    private void render() {
        holder.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            QuestionEditor q = questions.get(i);
            q.number(i + 1, i == 0, i == questions.size() - 1);
            holder.add(q);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.getElement().setAttribute("title", label);
        return b;
    }

    /** One question and its answers. */
    final class QuestionEditor extends Div {

        final String key;
        final H3 heading = new H3();
        final TextArea textFr = new TextArea();
        final TextArea textEn = new TextArea();
        final RadioButtonGroup<Boolean> multiple = new RadioButtonGroup<>();
        final List<AnswerEditor> answers = new ArrayList<>();
        final Button addAnswer = new Button();
        final Button up;
        final Button down;
        final Button remove;
        private final Div answerHolder = new Div();

        QuestionEditor(Question q) {
            key = q.key();
            addClassName("quiz-question");
            textFr.setLabel(getTranslation("training.quizedit.textFr"));
            textFr.setValue(q.text().fr());
            textEn.setLabel(getTranslation("training.quizedit.textEn"));
            textEn.setValue(q.text().en());
            textFr.setWidthFull();
            textEn.setWidthFull();
            multiple.setLabel(getTranslation("training.quizedit.kind"));
            multiple.setItems(false, true);
            multiple.setItemLabelGenerator(m -> getTranslation(m ? "training.quizedit.multiple"
                    : "training.quizedit.single"));
            multiple.setValue(q.multiple());
            addAnswer.setText(getTranslation("training.quizedit.addAnswer"));
            addAnswer.setIcon(VaadinIcon.PLUS.create());
            addAnswer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            addAnswer.addClickListener(e -> addAnswer());
            up = iconButton(VaadinIcon.ARROW_UP, getTranslation("training.quizedit.questionUp"), () -> move(this, -1));
            down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("training.quizedit.questionDown"),
                    () -> move(this, 1));
            remove = iconButton(VaadinIcon.TRASH, getTranslation("training.quizedit.questionRemove"),
                    () -> QuizEditor.this.remove(this));
            q.choices().forEach(c -> answers.add(new AnswerEditor(c)));
            HorizontalLayout head = new HorizontalLayout(heading, up, down, remove);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            HorizontalLayout texts = new HorizontalLayout(textFr, textEn);
            texts.setWidthFull();
            add(head, texts, multiple, answerHolder, addAnswer);
            renderAnswers();
        }

        void number(int n, boolean first, boolean last) {
            heading.setText(getTranslation("training.quizedit.question", n));
            up.setEnabled(!first);
            down.setEnabled(!last);
        }

        AnswerEditor addAnswer() {
            Set<String> used = new HashSet<>();
            answers.forEach(a -> used.add(a.key));
            String k = null;
            for (int i = 0; k == null || used.contains(k); i++) {
                k = i < 26 ? String.valueOf((char) ('a' + i)) : "c" + i;
            }
            AnswerEditor a = new AnswerEditor(new Choice(k, new Bilingual("", ""), false, new Bilingual("", "")));
            answers.add(a);
            renderAnswers();
            return a;
        }

        void moveAnswer(AnswerEditor a, int by) {
            int from = answers.indexOf(a);
            int to = from + by;
            if (from >= 0 && to >= 0 && to < answers.size()) {
                Collections.swap(answers, from, to);
                renderAnswers();
            }
        }

        void removeAnswer(AnswerEditor a) {
            answers.remove(a);
            renderAnswers();
        }

        private void renderAnswers() {
            answerHolder.removeAll();
            for (int i = 0; i < answers.size(); i++) {
                AnswerEditor a = answers.get(i);
                a.number(i + 1, i == 0, i == answers.size() - 1);
                answerHolder.add(a);
            }
        }

        Question question() {
            return new Question(key, new Bilingual(textFr.getValue(), textEn.getValue()),
                    Boolean.TRUE.equals(multiple.getValue()), answers.stream().map(AnswerEditor::choice).toList());
        }

        /** One answer: its texts, whether it is right, and the explanation shown after an attempt. */
        final class AnswerEditor extends Div {

            final String key;
            final H4 heading = new H4();
            final TextField textFr = new TextField();
            final TextField textEn = new TextField();
            final Checkbox correct = new Checkbox();
            final TextField explanationFr = new TextField();
            final TextField explanationEn = new TextField();
            final Button up;
            final Button down;
            final Button remove;

            AnswerEditor(Choice c) {
                key = c.key();
                addClassName("quiz-answer");
                textFr.setLabel(getTranslation("training.quizedit.answerFr"));
                textFr.setValue(c.text().fr());
                textEn.setLabel(getTranslation("training.quizedit.answerEn"));
                textEn.setValue(c.text().en());
                correct.setLabel(getTranslation("training.quizedit.correct"));
                correct.setValue(c.correct());
                explanationFr.setLabel(getTranslation("training.quizedit.explanationFr"));
                explanationFr.setValue(c.explanation() == null ? "" : c.explanation().fr());
                explanationEn.setLabel(getTranslation("training.quizedit.explanationEn"));
                explanationEn.setValue(c.explanation() == null ? "" : c.explanation().en());
                for (TextField f : List.of(textFr, textEn, explanationFr, explanationEn)) {
                    f.setWidth("22em");
                }
                up = iconButton(VaadinIcon.ARROW_UP, getTranslation("training.quizedit.answerUp"),
                        () -> moveAnswer(this, -1));
                down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("training.quizedit.answerDown"),
                        () -> moveAnswer(this, 1));
                remove = iconButton(VaadinIcon.TRASH, getTranslation("training.quizedit.answerRemove"),
                        () -> removeAnswer(this));
                HorizontalLayout head = new HorizontalLayout(heading, correct, up, down, remove);
                head.setAlignItems(FlexComponent.Alignment.CENTER);
                HorizontalLayout texts = row(textFr, textEn);
                HorizontalLayout explanations = row(explanationFr, explanationEn);
                add(head, texts, explanations);
            }

            private static HorizontalLayout row(Component... fields) {
                HorizontalLayout row = new HorizontalLayout(fields);
                row.setWrap(true);
                return row;
            }

            void number(int n, boolean first, boolean last) {
                heading.setText(getTranslation("training.quizedit.answer", n));
                up.setEnabled(!first);
                down.setEnabled(!last);
            }

            Choice choice() {
                return new Choice(key, new Bilingual(textFr.getValue(), textEn.getValue()), correct.getValue(),
                        new Bilingual(explanationFr.getValue(), explanationEn.getValue()));
            }
        }
    }
}
