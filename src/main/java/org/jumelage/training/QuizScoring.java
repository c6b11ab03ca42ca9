package org.jumelage.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.jumelage.training.QuizOutcome.QuestionResult;

/** Scores a set of answers against a quiz; pure, so it is tested without storage. */
public final class QuizScoring {

    private QuizScoring() {
    }

    /** Per question, in the quiz's order; choice keys that the question does not have are ignored. */
    public static List<QuestionResult> results(Quiz quiz, Map<String, Set<String>> answers) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : quiz.questions()) {
            Set<String> known = q.choices().stream().map(Choice::key).collect(Collectors.toSet());
            // A question left out, or sent with no choice at all, scores as unanswered.
            Set<String> given = answers.get(q.key());
            Set<String> chosen = (given == null ? Set.<String>of() : given).stream().filter(known::contains)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<String> right = q.choices().stream().filter(Choice::correct).map(Choice::key)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            results.add(new QuestionResult(q.key(), chosen, right));
        }
        return results;
    }

    /** Share of right questions in percent, rounded down. */
    public static int score(List<QuestionResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        long right = results.stream().filter(QuestionResult::right).count();
        return (int) (right * 100 / results.size());
    }
}
