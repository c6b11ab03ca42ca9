package org.jumelage.training.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jumelage.training.Bilingual;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.jumelage.training.TrainingException;

/**
 * What a course must hold. A draft needs only a valid code and a title; a version to publish must
 * be whole: both titles, at least one module, each module with lessons and a quiz whose questions
 * have a right answer. Keys are unique within the course, since progress refers to them.
 */
public final class CourseRules {

    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    public static final int MAX_BODY = 20_000;
    /** Titles, the summary, questions, answers and explanations: short texts, never a lesson's length. */
    public static final int MAX_TEXT = 2_000;

    private CourseRules() {
    }

    /** Refuses a draft that cannot even be stored. */
    public static void checkDraft(CourseContent c) {
        if (!CODE.matcher(c.code()).matches()) {
            throw new TrainingException("code", "training.course.code.invalid");
        }
        if (!c.title().has("fr") && !c.title().has("en")) {
            throw new TrainingException("title", "training.course.title.required");
        }
        if (c.durationMinutes() < 0 || c.durationMinutes() > 6000) {
            throw new TrainingException("duration", "training.course.duration.invalid");
        }
        if (c.maxQuizAttempts() < 0 || c.maxQuizAttempts() > 100) {
            throw new TrainingException("maxQuizAttempts", "training.course.attempts.invalid");
        }
        shortText(c.title(), "title");
        shortText(c.summary(), "summary");
        Set<String> keys = new HashSet<>();
        for (CourseModule m : c.modules()) {
            key(m.key(), keys);
            shortText(m.title(), m.key());
            for (Lesson l : m.lessons()) {
                key(l.key(), keys);
                shortText(l.title(), l.key());
                if (l.body() != null && (l.body().fr().length() > MAX_BODY || l.body().en().length() > MAX_BODY)) {
                    throw TrainingException.withArguments("training.lesson.tooLong", l.key());
                }
            }
            if (m.quiz() != null) {
                checkQuiz(m);
                for (Question q : m.quiz().questions()) {
                    key(q.key(), keys);
                    shortText(q.text(), q.key());
                    Set<String> choiceKeys = new HashSet<>();
                    for (Choice ch : q.choices()) {
                        if (ch.key() == null || !KEY.matcher(ch.key()).matches() || !choiceKeys.add(ch.key())) {
                            throw TrainingException.withArguments("training.key.invalid", q.key() + "/" + ch.key());
                        }
                        shortText(ch.text(), q.key() + "/" + ch.key());
                        shortText(ch.explanation(), q.key() + "/" + ch.key());
                    }
                }
            }
        }
    }

    /**
     * Refuses a module's quiz that a learner could not take, even in a draft: a pass mark from 1 to
     * 100, every question written with at least two written answers of which at least one is right,
     * exactly one for a single choice. A quiz without questions is no quiz. Messages name the module
     * and the question and answer by their position, as the editor shows them.
     */
    public static void checkQuiz(CourseModule m) {
        Quiz quiz = m.quiz();
        if (quiz == null || quiz.questions().isEmpty()) {
            return;
        }
        Bilingual title = m.title() == null ? new Bilingual("", "") : m.title();
        String module = title.fr().isBlank() ? (title.en().isBlank() ? m.key() : title.en()) : title.fr();
        if (quiz.passMark() < 1 || quiz.passMark() > 100) {
            throw TrainingException.withArguments("training.quizcheck.passMark", module);
        }
        int n = 0;
        for (Question q : quiz.questions()) {
            n++;
            if (q.text() == null || q.text().fr().isBlank() && q.text().en().isBlank()) {
                throw TrainingException.withArguments("training.quizcheck.text", module, n);
            }
            if (q.choices().size() < 2) {
                throw TrainingException.withArguments("training.quizcheck.fewAnswers", module, n);
            }
            int a = 0;
            for (Choice ch : q.choices()) {
                a++;
                if (ch.text() == null || ch.text().fr().isBlank() && ch.text().en().isBlank()) {
                    throw TrainingException.withArguments("training.quizcheck.answerText", module, n, a);
                }
            }
            long right = q.choices().stream().filter(Choice::correct).count();
            if (right == 0) {
                throw TrainingException.withArguments("training.quizcheck.noCorrect", module, n);
            }
            if (!q.multiple() && right != 1) {
                throw TrainingException.withArguments("training.quizcheck.single", module, n);
            }
        }
    }

    /** Refuses a version that is not whole enough to publish. */
    public static void checkPublishable(CourseContent c) {
        checkDraft(c);
        if (!c.title().inBothLanguages() || !c.summary().inBothLanguages()) {
            throw new TrainingException("title", "training.course.bilingualRequired");
        }
        if (c.audience() == null || c.level() == null) {
            throw new TrainingException("audience", "training.course.audienceRequired");
        }
        if (c.languages().isEmpty() || !Set.of("fr", "en").containsAll(c.languages())) {
            throw new TrainingException("languages", "training.course.languages.invalid");
        }
        if (c.modules().isEmpty()) {
            throw new TrainingException("training.course.noModule");
        }
        for (CourseModule m : c.modules()) {
            require(m.title(), c.languages(), m.key());
            if (m.lessons().isEmpty()) {
                throw TrainingException.withArguments("training.module.noLesson", m.key());
            }
            for (Lesson l : m.lessons()) {
                require(l.title(), c.languages(), l.key());
                require(l.body(), c.languages(), l.key());
            }
            if (m.quiz() == null || m.quiz().questions().isEmpty()) {
                throw TrainingException.withArguments("training.module.noQuiz", m.key());
            }
            if (m.quiz().passMark() < 1 || m.quiz().passMark() > 100) {
                throw TrainingException.withArguments("training.quiz.passMark.invalid", m.key());
            }
            for (Question q : m.quiz().questions()) {
                require(q.text(), c.languages(), q.key());
                if (q.choices().size() < 2) {
                    throw TrainingException.withArguments("training.question.fewChoices", q.key());
                }
                long right = q.choices().stream().filter(Choice::correct).count();
                if (right == 0 || (!q.multiple() && right != 1)) {
                    throw TrainingException.withArguments("training.question.answers", q.key());
                }
                for (Choice ch : q.choices()) {
                    require(ch.text(), c.languages(), q.key() + "/" + ch.key());
                }
            }
        }
    }

    private static void shortText(Bilingual text, String where) {
        if (text != null && (text.fr().length() > MAX_TEXT || text.en().length() > MAX_TEXT)) {
            throw TrainingException.withArguments("training.text.tooLong", where, MAX_TEXT);
        }
    }

    private static void key(String key, Set<String> seen) {
        if (key == null || !KEY.matcher(key).matches() || !seen.add(key)) {
            throw TrainingException.withArguments("training.key.invalid", String.valueOf(key));
        }
    }

    private static void require(Bilingual text, List<String> languages, String where) {
        if (text == null || languages.stream().anyMatch(l -> !text.has(l))) {
            throw TrainingException.withArguments("training.text.missing", where);
        }
    }
}
