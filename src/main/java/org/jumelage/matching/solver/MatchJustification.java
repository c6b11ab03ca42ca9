package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jumelage.shared.domain.RequiredSkill;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * What each constraint match carries, so an explanation can say in plain words why a match was made
 * or why a seat stayed unassigned. Ids only: seats ({@code projectId/seatId}), providers, firms,
 * organisations, projects.
 */
public sealed interface MatchJustification extends ConstraintJustification {

    MatchingConstraint constraint();

    /** The provider lacks these required skills, or holds them below the minimum level. */
    record MissingSkills(String seatId, String providerId, List<RequiredSkill> missing) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.REQUIRED_SKILLS;
        }
    }

    /**
     * A seat and provider that may not go together; {@code detail} names what clashes (the language
     * asked, the kind allowed, the organisation in conflict, the region, the restriction...).
     */
    record PairBreach(MatchingConstraint constraint, String seatId, String providerId, String detail)
            implements MatchJustification {
    }

    /** The provider can deliver only {@code deliverable} of the seat's {@code hours} within its window. */
    record HoursShortfall(String seatId, String providerId, int hours, long deliverable) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.AVAILABILITY;
        }
    }

    /**
     * An obligation, firm or volunteer given more than it can take: {@code load} against
     * {@code capacity} (hours, or seats for concurrent seats) in {@code month} (null: over the whole
     * obligation).
     */
    record CapacityExceeded(MatchingConstraint constraint, String ownerId, YearMonth month, long load, long capacity)
            implements MatchJustification {
    }

    /** A seat left without a provider: its hours times the priority factor. */
    record UnassignedSeat(String seatId, int hours, boolean urgent, long cost, LocalDate deadline)
            implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.UNASSIGNED_HOURS;
        }
    }

    /**
     * A soft bonus or penalty of one match: {@code points} as the constraint counts them, {@code detail}
     * what earned them (skills above level, the obligation's expiry date, the hours the OSBL received,
     * the learning goals served, the region...).
     */
    record MatchQuality(MatchingConstraint constraint, String seatId, String providerId, long points, String detail)
            implements MatchJustification {
    }

    /** An organisation's hours matched in this plan; the penalty grows with their square. */
    record OrganisationShare(String organisationId, long hours) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.FAIR_SHARE;
        }
    }

    /**
     * An organisation's hours matched in this plan and the reward they earn, which grows like their
     * square root: the first hours an OSBL receives are worth more than more hours to one well served.
     */
    record OrganisationSpread(String organisationId, long hours, long points) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.SPREAD_ACROSS_OSBLS;
        }
    }

    /** An organisation matched more than the share cap in this plan: its hours and the cap. */
    record OrganisationOverCap(String organisationId, long hours, long cap) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.SHARE_CAP;
        }
    }

    /** A project whose seats went to several firms. */
    record ProjectFirms(String projectId, int firms) implements MatchJustification {
        @Override
        public MatchingConstraint constraint() {
            return MatchingConstraint.ONE_FIRM_PER_PROJECT;
        }
    }
}
