package org.jumelage.matching.solver;

import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase (see solverConfig.xml): a greedy plan that takes turns between OSBLs, the
 * least served first ({@link GreedyBaseline#planFairly}), so local search starts from a fair plan and
 * only has to improve on it. A first-fit construction heuristic with a nullable variable and
 * pick-early would keep "unassigned" as soon as it does not worsen the score, and a full one tries
 * every provider for every seat (minutes on large problems).
 */
public class GreedyConstruction implements CustomPhaseCommand<MatchingProblem> {

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingProblem> scoreDirector) {
        Map<Seat, Provider> plan = GreedyBaseline.planFairly(scoreDirector.getWorkingSolution());
        plan.forEach((seat, provider) -> {
            scoreDirector.beforeVariableChanged(seat, "provider");
            seat.setProvider(provider);
            scoreDirector.afterVariableChanged(seat, "provider");
        });
        scoreDirector.triggerVariableListeners();
    }
}
