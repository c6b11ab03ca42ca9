package org.jumelage.matching.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The simple plan the solver must beat: seats by deadline (then id), each taking the first provider,
 * in the problem's order, that breaks no hard constraint given the seats already placed. Pinned seats
 * keep their provider and count first.
 */
public final class GreedyBaseline {

    private final Map<FirmObligation, Long> obligationHours = new HashMap<>();
    private final Map<Firm, Map<Integer, Long>> firmMonthHours = new HashMap<>();
    private final Map<Volunteer, Map<Integer, Long>> volunteerMonthHours = new HashMap<>();
    private final Map<Volunteer, Map<Integer, Integer>> volunteerMonthSeats = new HashMap<>();

    private GreedyBaseline() {
    }

    /** Assigns the problem's seats in place (unpinned seats start unassigned) and returns it. */
    public static MatchingProblem solve(MatchingProblem problem) {
        plan(problem).forEach(Seat::setProvider);
        problem.setScore(null);
        return problem;
    }

    /** The provider (or null) the baseline gives each unpinned seat, without changing the problem. */
    public static Map<Seat, Provider> plan(MatchingProblem problem) {
        GreedyBaseline greedy = new GreedyBaseline();
        List<Seat> open = new ArrayList<>();
        for (Seat seat : problem.getSeats()) {
            if (seat.isPinned() && seat.isAssigned()) {
                greedy.take(seat, seat.getProvider());
            } else if (!seat.isPinned()) {
                open.add(seat);
            }
        }
        open.sort(Comparator.comparing(Seat::deadline).thenComparing(Seat::getId));
        Map<Seat, Provider> plan = new LinkedHashMap<>();
        for (Seat seat : open) {
            Provider chosen = null;
            for (Provider provider : problem.getProviders()) {
                if (seat.pairFeasible(provider) && greedy.fits(seat, provider)) {
                    greedy.take(seat, provider);
                    chosen = provider;
                    break;
                }
            }
            plan.put(seat, chosen);
        }
        return plan;
    }

    /**
     * Like {@link #plan}, but taking turns between OSBLs: each turn goes to the OSBL with the fewest
     * hours so far (pinned seats count), which takes its next seat by deadline. The solver starts from
     * this plan, so the hours it then adds are spread across OSBLs from the start.
     */
    public static Map<Seat, Provider> planFairly(MatchingProblem problem) {
        GreedyBaseline greedy = new GreedyBaseline();
        Map<String, Long> hours = new HashMap<>();
        Map<String, ArrayDeque<Seat>> queues = new TreeMap<>();
        for (Seat seat : problem.getSeats()) {
            hours.putIfAbsent(seat.organisationId(), 0L);
            if (seat.isPinned() && seat.isAssigned()) {
                greedy.take(seat, seat.getProvider());
                hours.merge(seat.organisationId(), (long) seat.hours(), Long::sum);
            } else if (!seat.isPinned()) {
                queues.computeIfAbsent(seat.organisationId(), k -> new ArrayDeque<>()).add(seat);
            }
        }
        PriorityQueue<String> turns = new PriorityQueue<>(
                Comparator.<String>comparingLong(hours::get).thenComparing(Comparator.naturalOrder()));
        queues.forEach((organisation, seats) -> {
            List<Seat> sorted = new ArrayList<>(seats);
            sorted.sort(Comparator.comparing(Seat::deadline).thenComparing(Seat::getId));
            seats.clear();
            seats.addAll(sorted);
            turns.add(organisation);
        });
        Map<Seat, Provider> plan = new LinkedHashMap<>();
        while (!turns.isEmpty()) {
            String organisation = turns.poll();
            ArrayDeque<Seat> seats = queues.get(organisation);
            Seat seat = seats.poll();
            Provider chosen = null;
            for (Provider provider : problem.getProviders()) {
                if (seat.pairFeasible(provider) && greedy.fits(seat, provider)) {
                    greedy.take(seat, provider);
                    chosen = provider;
                    hours.merge(organisation, (long) seat.hours(), Long::sum);
                    break;
                }
            }
            plan.put(seat, chosen);
            if (!seats.isEmpty()) {
                turns.add(organisation);
            }
        }
        return plan;
    }

    private boolean fits(Seat seat, Provider provider) {
        if (provider instanceof FirmObligation obligation) {
            if (obligationHours.getOrDefault(obligation, 0L) + seat.hours() > obligation.remainingHours()) {
                return false;
            }
            Map<Integer, Long> months = firmMonthHours.getOrDefault(obligation.firm(), Map.of());
            for (int month = seat.firstMonth(); month <= seat.lastMonth(); month++) {
                if (months.getOrDefault(month, 0L) + seat.loadIn(month) > obligation.firm().monthlyCapacityHours()) {
                    return false;
                }
            }
            return true;
        }
        Volunteer volunteer = (Volunteer) provider;
        Map<Integer, Long> hours = volunteerMonthHours.getOrDefault(volunteer, Map.of());
        Map<Integer, Integer> seats = volunteerMonthSeats.getOrDefault(volunteer, Map.of());
        for (int month = seat.firstMonth(); month <= seat.lastMonth(); month++) {
            if (hours.getOrDefault(month, 0L) + seat.loadIn(month) > volunteer.capacityIn(month)
                    || seats.getOrDefault(month, 0) + 1 > volunteer.maxConcurrentSeats()) {
                return false;
            }
        }
        return true;
    }

    private void take(Seat seat, Provider provider) {
        if (provider instanceof FirmObligation obligation) {
            obligationHours.merge(obligation, (long) seat.hours(), Long::sum);
            Map<Integer, Long> months = firmMonthHours.computeIfAbsent(obligation.firm(), f -> new HashMap<>());
            for (int month = seat.firstMonth(); month <= seat.lastMonth(); month++) {
                months.merge(month, (long) seat.loadIn(month), Long::sum);
            }
        } else {
            Volunteer volunteer = (Volunteer) provider;
            Map<Integer, Long> hours = volunteerMonthHours.computeIfAbsent(volunteer, v -> new HashMap<>());
            Map<Integer, Integer> seats = volunteerMonthSeats.computeIfAbsent(volunteer, v -> new HashMap<>());
            for (int month = seat.firstMonth(); month <= seat.lastMonth(); month++) {
                hours.merge(month, (long) seat.loadIn(month), Long::sum);
                seats.merge(month, 1, Integer::sum);
            }
        }
    }
}
