package org.jumelage.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A matching problem and, once solved, its solution: organisations, firms, providers (obligations and
 * volunteers), the months the seats span, the seats, the weights and the parameters.
 */
@PlanningSolution
public class MatchingProblem {

    @ProblemFactProperty
    private MatchingParameters parameters;

    @ConstraintConfigurationProvider
    private MatchingWeights weights;

    @ProblemFactCollectionProperty
    private List<Organisation> organisations;

    @ProblemFactCollectionProperty
    private List<Firm> firms;

    @ProblemFactCollectionProperty
    private List<Provider> providers;

    @ProblemFactCollectionProperty
    private List<MonthBucket> months;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @PlanningScore
    private HardMediumSoftLongScore score;

    MatchingProblem() {
        // for solution cloning
    }

    public MatchingProblem(MatchingParameters parameters, MatchingWeights weights, List<Organisation> organisations,
            List<Firm> firms, List<Provider> providers, List<Seat> seats) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.organisations = new ArrayList<>(organisations);
        this.firms = new ArrayList<>(firms);
        this.providers = new ArrayList<>(providers);
        this.seats = new ArrayList<>(seats);
        for (Seat seat : this.seats) {
            seat.useParameters(parameters);
            seat.limitCandidates(this.providers, weights);
        }
        this.months = monthsSpannedBy(this.seats);
    }

    /** Every month some seat's window touches, in order. */
    public static List<MonthBucket> monthsSpannedBy(List<Seat> seats) {
        TreeMap<Integer, MonthBucket> months = new TreeMap<>();
        for (Seat seat : seats) {
            for (MonthBucket month : seat.months()) {
                months.putIfAbsent(month.index(), month);
            }
        }
        return List.copyOf(months.values());
    }

    public MatchingParameters getParameters() {
        return parameters;
    }

    public MatchingWeights getWeights() {
        return weights;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Firm> getFirms() {
        return firms;
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public List<MonthBucket> getMonths() {
        return months;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** Hours of the seats that have a provider. */
    public long matchedHours() {
        return seats.stream().filter(Seat::isAssigned).mapToLong(Seat::hours).sum();
    }

    public long seatsFilled() {
        return seats.stream().filter(Seat::isAssigned).count();
    }

    public long totalHours() {
        return seats.stream().mapToLong(Seat::hours).sum();
    }
}
