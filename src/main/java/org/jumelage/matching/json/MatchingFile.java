package org.jumelage.matching.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON form of a matching problem and, optionally, of its solution (format
 * {@value MatchingJson#FORMAT}; described in {@code matching-config/README.md}). Enum values use the
 * Java names ({@code MONTREAL}, {@code WORKING}, {@code FIRM}...). Providers are considered in the
 * order obligations, then volunteers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchingFile(String format, LocalDate planningDate, Parameters parameters, Map<String, Long> weights,
        List<OrganisationJson> organisations, List<FirmJson> firms, List<ObligationJson> obligations,
        List<VolunteerJson> volunteers, List<SeatJson> seats, Result result) {

    /** {@code shareCapHours} may be left out: the packaged cap then applies. */
    public record Parameters(int urgentFactor, int fairnessReferenceHours, int expiryHorizonDays,
            int deadlineHorizonDays, Integer shareCapHours) {
    }

    public record OrganisationJson(String id, String name, String region, int hoursReceivedLast12Months,
            boolean small, boolean regional) {
    }

    public record FirmJson(String id, String name, int monthlyCapacityHours, Map<String, String> teamSkills,
            List<String> languages, List<String> regions, List<String> conflictsOfInterest,
            List<String> completedCourses) {
    }

    public record ObligationJson(String id, String obligationId, String firmId, int remainingHours,
            LocalDate validFrom, LocalDate expiry, List<String> sectorRestrictions, List<String> regionRestrictions) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    public record VolunteerJson(String id, String userId, String name, int weeklyHours, List<Period> availability,
            Map<String, String> skills, List<String> learningGoals, List<String> languages, String region,
            boolean remoteOk, int maxConcurrentSeats, List<String> completedCourses,
            List<String> conflictsOfInterest) {
    }

    public record SkillJson(String skill, String level) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SeatJson(String projectId, String seatId, String roleTitle, String organisationId,
            List<SkillJson> requiredSkills, int hours, LocalDate windowStart, LocalDate windowEnd, LocalDate deadline,
            String language, boolean remote, String region, String allowedKinds, boolean personalData,
            String priority, String sector, List<String> excludedProviderIds, String providerId, boolean pinned) {
    }

    /** Written with a solution; ignored when a file is read back as a problem. */
    public record Result(String score, boolean feasible, long matchedHours, long totalHours, long seatsFilled,
            int seats, double gini, List<ConstraintJson> constraints) {
    }

    public record ConstraintJson(String id, String name, String level, String score, int matches) {
    }
}
