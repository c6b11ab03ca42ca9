package org.jumelage.training;

import java.util.List;
import java.util.Set;

/**
 * The result of one quiz attempt. A question counts when the choices picked are exactly its right
 * choices; the score is the share of questions that count, rounded down.
 *
 * @param attemptsLeft -1 when attempts are not limited
 */
public record QuizOutcome(String moduleKey, int score, int passMark, boolean passed, int bestScore, int attempts,
        int attemptsLeft, boolean courseCompleted, List<QuestionResult> questions) {

    public record QuestionResult(String questionKey, Set<String> chosen, Set<String> rightChoices) {
        public boolean right() {
            return chosen.equals(rightChoices);
        }
    }
}
