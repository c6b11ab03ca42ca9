package org.jumelage.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.Reason;
import org.jumelage.matching.solver.FirmObligation;
import org.jumelage.matching.solver.MatchJustification;
import org.jumelage.matching.solver.MatchingConstraint;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingSolver;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.Seat;
import org.jumelage.matching.solver.Volunteer;
import org.jumelage.shared.domain.RequiredSkill;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Plain-language reasons for a solved plan, as translation keys under {@code matchreason.}:
 * <ul>
 * <li>for each proposal, what fits (skills and levels, hours within the window, the obligation and its
 * expiry or the volunteer's hours) and the bonuses and soft penalties the solver's constraint
 * justifications give the match (expiring hours used first, under-served, small or regional OSBL,
 * learning goals, several firms on one project, distance, a disproportionate share...);</li>
 * <li>for each seat left open, the hard rules that keep the providers of the allowed kind away, most
 * common first (each with how many providers it stops), or that the fitting providers' capacity is
 * taken.</li>
 * </ul>
 */
public final class MatchExplainer {

    /** Most reasons given for a seat left open. */
    static final int MAX_OPEN_REASONS = 3;

    /** Pair rules, in the order an open seat's reasons break ties. */
    private static final List<MatchingConstraint> PAIR_RULES = List.of(MatchingConstraint.REQUIRED_SKILLS,
            MatchingConstraint.AVAILABILITY, MatchingConstraint.WORKING_LANGUAGE, MatchingConstraint.PLACE_OF_WORK,
            MatchingConstraint.PRIVACY_COURSE, MatchingConstraint.OBLIGATION_RESTRICTIONS,
            MatchingConstraint.CONFLICT_OF_INTEREST, MatchingConstraint.EXCLUDED_PAIR);

    public record Explained(List<ProposedMatch> proposals, List<OpenSeat> openSeats) {
    }

    private MatchExplainer() {
    }

    /**
     * @param refs the ledger reference of each provider id of the problem
     */
    public static Explained explain(MatchingProblem plan, Function<String, ProviderRef> refs) {
        ScoreExplanation<MatchingProblem, HardMediumSoftLongScore> explanation = MatchingSolver.explain(plan);
        Map<String, List<Justified>> bySeat = new HashMap<>();
        Map<String, List<Justified>> byProject = new HashMap<>();
        Map<String, List<Justified>> byOrganisation = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (!(match.getJustification() instanceof MatchJustification j)) {
                    continue;
                }
                Justified item = new Justified(j, match.getScore());
                String seatId = seatOf(j);
                if (seatId != null) {
                    bySeat.computeIfAbsent(seatId, k -> new ArrayList<>()).add(item);
                } else if (j instanceof MatchJustification.ProjectFirms p) {
                    byProject.computeIfAbsent(p.projectId(), k -> new ArrayList<>()).add(item);
                } else if (j instanceof MatchJustification.OrganisationShare o) {
                    byOrganisation.computeIfAbsent(o.organisationId(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        List<ProposedMatch> proposals = new ArrayList<>();
        List<OpenSeat> open = new ArrayList<>();
        for (Seat seat : plan.getSeats()) {
            if (seat.isAssigned()) {
                List<Reason> reasons = new ArrayList<>(fit(seat, seat.getProvider()));
                List<Justified> related = new ArrayList<>(bySeat.getOrDefault(seat.getId(), List.of()));
                related.addAll(byProject.getOrDefault(seat.projectId(), List.of()));
                related.addAll(byOrganisation.getOrDefault(seat.organisationId(), List.of()));
                for (Justified j : related) {
                    Reason reason = reasonOf(seat, j);
                    if (reason != null) {
                        reasons.add(reason);
                    }
                }
                proposals.add(new ProposedMatch(seat.projectId(), seat.seatId(), refs.apply(seat.getProvider().getId()),
                        seat.hours(), reasons));
            } else {
                open.add(new OpenSeat(seat.projectId(), seat.seatId(), seat.hours(), whyOpen(seat, plan)));
            }
        }
        return new Explained(List.copyOf(proposals), List.copyOf(open));
    }

    /** The seat a justification is about, or null (capacities, projects, organisations, unassigned seats). */
    private static String seatOf(MatchJustification j) {
        if (j instanceof MatchJustification.MatchQuality q) {
            return q.seatId();
        }
        if (j instanceof MatchJustification.PairBreach b) {
            return b.seatId();
        }
        if (j instanceof MatchJustification.MissingSkills m) {
            return m.seatId();
        }
        if (j instanceof MatchJustification.HoursShortfall h) {
            return h.seatId();
        }
        return null;
    }

    private record Justified(MatchJustification justification, HardMediumSoftLongScore score) {
    }

    // ---- proposals ----------------------------------------------------------------------------

    private static List<Reason> fit(Seat seat, Provider provider) {
        List<Reason> reasons = new ArrayList<>();
        if (seat.requiredSkills().isEmpty()) {
            reasons.add(Reason.of("matchreason.skills.none"));
        } else {
            reasons.add(Reason.of("matchreason.skills", Reason.skillLevels(seat.requiredSkills(), provider::levelOf)));
        }
        reasons.add(Reason.of("matchreason.hoursFit", seat.hours(), provider.deliverableHoursIn(seat.window()),
                seat.window().start(), seat.window().end()));
        if (provider instanceof FirmObligation obligation) {
            reasons.add(Reason.of("matchreason.obligation", obligation.firm().name(), obligation.remainingHours(),
                    obligation.expiry()));
        } else if (provider instanceof Volunteer volunteer) {
            reasons.add(Reason.of("matchreason.volunteer", volunteer.name(), volunteer.weeklyHours()));
        }
        return reasons;
    }

    private static Reason reasonOf(Seat seat, Justified j) {
        boolean penalty = j.score().softScore() < 0 || j.score().hardScore() < 0 || j.score().mediumScore() < 0;
        if (j.score().hardScore() < 0) {
            return Reason.penalty("matchreason.penalty.hard", Reason.rule(j.justification().constraint().id()));
        }
        return switch (j.justification().constraint()) {
            case EXPIRING_FIRST -> Reason.of("matchreason.bonus.expiringFirst",
                    seat.obligation() == null ? null : seat.obligation().expiry());
            case UNDER_SERVED_FIRST -> Reason.of("matchreason.bonus.underServed", seat.organisation().name(),
                    seat.organisation().hoursReceivedLast12Months());
            case SMALL_AND_REGIONAL_FIRST -> seat.organisation().small() && seat.organisation().regional()
                    ? Reason.of("matchreason.bonus.smallAndRegional", seat.organisation().name())
                    : seat.organisation().small() ? Reason.of("matchreason.bonus.small", seat.organisation().name())
                            : Reason.of("matchreason.bonus.regional", seat.organisation().name());
            case LEARNING_GOALS -> Reason.of("matchreason.bonus.learningGoals",
                    Reason.skills(seat.learningGoalsServed(seat.getProvider())));
            case VOLUNTEER_BESIDE_FIRM -> Reason.of("matchreason.bonus.besideFirm");
            case SKILL_FIT -> penalty ? Reason.penalty("matchreason.penalty.overqualified",
                    seat.skillSurplus(seat.getProvider())) : null;
            case PROXIMITY -> penalty ? Reason.penalty("matchreason.penalty.distance",
                    seat.region()) : null;
            case ONE_FIRM_PER_PROJECT -> j.justification() instanceof MatchJustification.ProjectFirms p && penalty
                    ? Reason.penalty("matchreason.penalty.severalFirms", p.firms()) : null;
            case FAIR_SHARE -> j.justification() instanceof MatchJustification.OrganisationShare o && penalty
                    ? Reason.penalty("matchreason.penalty.share", seat.organisation().name(), o.hours()) : null;
            default -> null;
        };
    }

    // ---- open seats ---------------------------------------------------------------------------

    /** Why a seat stayed open: the pair rules that keep providers of the allowed kind away, most common first. */
    public static List<Reason> whyOpen(Seat seat, MatchingProblem plan) {
        List<Provider> ofKind = plan.getProviders().stream().filter(p -> !seat.kindRefused(p)).toList();
        if (ofKind.isEmpty()) {
            return List.of(Reason.penalty("matchreason.open.noProviderOfKind", seat.allowedKinds()));
        }
        Map<MatchingConstraint, Integer> counts = new EnumMap<>(MatchingConstraint.class);
        Map<RequiredSkill, Integer> missing = new LinkedHashMap<>();
        int fitting = 0;
        for (Provider p : ofKind) {
            boolean blocked = false;
            for (MatchingConstraint rule : PAIR_RULES) {
                if (breaks(seat, p, rule)) {
                    counts.merge(rule, 1, Integer::sum);
                    blocked = true;
                }
            }
            for (RequiredSkill skill : seat.missingSkills(p)) {
                missing.merge(skill, 1, Integer::sum);
            }
            if (!blocked) {
                fitting++;
            }
        }
        int total = ofKind.size();
        List<Reason> reasons = new ArrayList<>();
        if (fitting > 0) {
            reasons.add(Reason.penalty("matchreason.open.capacity", fitting, total));
        }
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<MatchingConstraint, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> PAIR_RULES.indexOf(e.getKey())))
                .limit(MAX_OPEN_REASONS - reasons.size())
                .forEach(e -> reasons.add(openReason(seat, e.getKey(), e.getValue(), total, missing)));
        return reasons;
    }

    private static boolean breaks(Seat seat, Provider p, MatchingConstraint rule) {
        return switch (rule) {
            case REQUIRED_SKILLS -> seat.missingSkillCount(p) > 0;
            case AVAILABILITY -> seat.availabilityShortfall(p) > 0;
            case WORKING_LANGUAGE -> seat.languageMismatch(p);
            case PLACE_OF_WORK -> seat.placeMismatch(p);
            case PRIVACY_COURSE -> seat.privacyCourseMissing(p);
            case OBLIGATION_RESTRICTIONS -> seat.restrictionBreaches(p) > 0;
            case CONFLICT_OF_INTEREST -> seat.conflictOfInterest(p);
            case EXCLUDED_PAIR -> seat.excluded(p);
            default -> false;
        };
    }

    private static Reason openReason(Seat seat, MatchingConstraint rule, int count, int total,
            Map<RequiredSkill, Integer> missing) {
        return switch (rule) {
            case REQUIRED_SKILLS -> {
                RequiredSkill most = missing.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse(seat.requiredSkills().get(0));
                yield Reason.penalty("matchreason.open.skills", count, total, Reason.skill(most.skillCode()),
                        most.level());
            }
            case AVAILABILITY -> Reason.penalty("matchreason.open.availability", count, total, seat.hours(),
                    seat.window().start(), seat.window().end());
            case WORKING_LANGUAGE -> Reason.penalty("matchreason.open.language", count, total, seat.language());
            case PLACE_OF_WORK -> seat.remote() ? Reason.penalty("matchreason.open.remote", count, total)
                    : Reason.penalty("matchreason.open.region", count, total, seat.region());
            case PRIVACY_COURSE -> Reason.penalty("matchreason.open.privacyCourse", count, total);
            case OBLIGATION_RESTRICTIONS -> Reason.penalty("matchreason.open.restrictions", count, total);
            case CONFLICT_OF_INTEREST -> Reason.penalty("matchreason.open.conflict", count, total);
            case EXCLUDED_PAIR -> Reason.penalty("matchreason.open.excluded", count, total);
            default -> Reason.penalty("matchreason.open.other", count, total);
        };
    }
}
