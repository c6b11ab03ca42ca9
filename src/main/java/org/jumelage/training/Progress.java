package org.jumelage.training;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A learner's progress in the version of a course they started.
 *
 * @param next     where to resume: a lesson key, a module key whose quiz is due, or null once complete
 * @param nextIsQuiz whether {@code next} names a module whose quiz is due
 */
public record Progress(String courseCode, String courseId, int revision, Bilingual title, Set<String> lessonsRead,
        int lessonCount, Map<String, QuizStatus> quizzes, int quizCount, String next, boolean nextIsQuiz,
        Instant enrolledAt, Instant completedAt) {

    /** @param attemptsLeft -1 when attempts are not limited */
    public record QuizStatus(int attempts, int bestScore, boolean passed, int attemptsLeft) {
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean hasRead(String lessonKey) {
        return lessonsRead.contains(lessonKey);
    }

    public boolean passed(String moduleKey) {
        QuizStatus q = quizzes.get(moduleKey);
        return q != null && q.passed();
    }

    /** Share of lessons read and quizzes passed, in percent. */
    public int percent() {
        int steps = lessonCount + quizCount;
        if (steps == 0) {
            return isCompleted() ? 100 : 0;
        }
        long passed = quizzes.values().stream().filter(QuizStatus::passed).count();
        return (int) ((lessonsRead.size() + passed) * 100 / steps);
    }
}
