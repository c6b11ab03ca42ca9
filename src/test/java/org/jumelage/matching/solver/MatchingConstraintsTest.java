package org.jumelage.matching.solver;

import static org.jumelage.matching.solver.Fixtures.PYTHON;
import static org.jumelage.matching.solver.Fixtures.SHEETS;
import static org.jumelage.matching.solver.Fixtures.firm;
import static org.jumelage.matching.solver.Fixtures.organisation;
import static org.jumelage.matching.solver.Fixtures.seat;
import static org.jumelage.matching.solver.Fixtures.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One pair of tests per constraint: it penalises (or rewards) when it should, and not when it shouldn't. */
class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, MatchingProblem> verifier = ConstraintVerifier
            .build(new MatchingConstraints(), MatchingProblem.class, Seat.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static Object[] withMonths(Seat... seats) {
        List<Object> facts = new java.util.ArrayList<>(List.of((Object[]) seats));
        facts.addAll(MatchingProblem.monthsSpannedBy(List.of(seats)));
        return facts.toArray();
    }

    // ---- hard ---------------------------------------------------------------------------------

    @Test
    void obligation_capacity_penalises_the_hours_over_what_is_left() {
        FirmObligation obligation = firm("f1").remaining(50).obligation("o1");
        verifier.verifyThat(MatchingConstraints::obligationCapacity)
                .given(seat("p1", "s1").hours(40).to(obligation).build(),
                        seat("p2", "s1").hours(30).to(obligation).build())
                .penalizesBy(20);
    }

    @Test
    void obligation_capacity_accepts_hours_within_what_is_left() {
        FirmObligation obligation = firm("f1").remaining(70).obligation("o1");
        verifier.verifyThat(MatchingConstraints::obligationCapacity)
                .given(seat("p1", "s1").hours(40).to(obligation).build(),
                        seat("p2", "s1").hours(30).to(obligation).build())
                .penalizesBy(0);
    }

    @Test
    void firm_monthly_capacity_adds_up_all_obligations_of_the_firm() {
        Fixtures.FirmBuilder builder = firm("f1").monthlyCapacity(30);
        Firm firm = builder.firm();
        // Both seats cover February only: 40 + 20 hours in one month against 30.
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 2, 28);
        verifier.verifyThat(MatchingConstraints::firmMonthlyCapacity)
                .given(withMonths(seat("p1", "s1").hours(40).window(from, to).to(builder.obligation(firm, "o1")).build(),
                        seat("p2", "s1").hours(20).window(from, to).to(builder.obligation(firm, "o2")).build()))
                .penalizesBy(30);
    }

    @Test
    void firm_monthly_capacity_accepts_hours_spread_over_months() {
        Fixtures.FirmBuilder builder = firm("f1").monthlyCapacity(30);
        Firm firm = builder.firm();
        verifier.verifyThat(MatchingConstraints::firmMonthlyCapacity)
                .given(withMonths(
                        seat("p1", "s1").hours(30).window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
                                .to(builder.obligation(firm, "o1")).build(),
                        seat("p2", "s1").hours(30).window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                                .to(builder.obligation(firm, "o2")).build()))
                .penalizesBy(0);
    }

    @Test
    void volunteer_weekly_hours_penalise_a_month_overloaded() {
        Volunteer volunteer = volunteer("v1").weeklyHours(5).build(); // February: 5 x 28 / 7 = 20 hours
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 2, 28);
        verifier.verifyThat(MatchingConstraints::volunteerWeeklyHours)
                .given(withMonths(seat("p1", "s1").hours(15).window(from, to).to(volunteer).build(),
                        seat("p2", "s1").hours(10).window(from, to).to(volunteer).build()))
                .penalizesBy(5);
    }

    @Test
    void volunteer_weekly_hours_accept_a_load_within_the_week() {
        Volunteer volunteer = volunteer("v1").weeklyHours(5).build();
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 2, 28);
        verifier.verifyThat(MatchingConstraints::volunteerWeeklyHours)
                .given(withMonths(seat("p1", "s1").hours(12).window(from, to).to(volunteer).build(),
                        seat("p2", "s1").hours(8).window(from, to).to(volunteer).build()))
                .penalizesBy(0);
    }

    @Test
    void required_skills_penalise_each_skill_missing_or_below_level() {
        Volunteer volunteer = volunteer("v1").skill(PYTHON, SkillLevel.BASIC).build();
        verifier.verifyThat(MatchingConstraints::requiredSkills)
                .given(seat("p1", "s1").skills(new RequiredSkill(PYTHON, SkillLevel.WORKING),
                        new RequiredSkill(SHEETS, SkillLevel.BASIC)).to(volunteer).build())
                .penalizesBy(2);
    }

    @Test
    void required_skills_accept_a_provider_at_or_above_level() {
        Volunteer volunteer = volunteer("v1").skill(PYTHON, SkillLevel.EXPERT).skill(SHEETS, SkillLevel.BASIC).build();
        verifier.verifyThat(MatchingConstraints::requiredSkills)
                .given(seat("p1", "s1").skills(new RequiredSkill(PYTHON, SkillLevel.WORKING),
                        new RequiredSkill(SHEETS, SkillLevel.BASIC)).to(volunteer).build())
                .penalizesBy(0);
    }

    @Test
    void working_language_penalises_a_provider_without_the_language() {
        verifier.verifyThat(MatchingConstraints::workingLanguage)
                .given(seat("p1", "s1").language(WorkingLanguage.ENGLISH)
                        .to(volunteer("v1").languages(WorkingLanguage.FRENCH).build()).build())
                .penalizesBy(1);
    }

    @Test
    void working_language_accepts_the_language_or_either() {
        verifier.verifyThat(MatchingConstraints::workingLanguage)
                .given(seat("p1", "s1").language(WorkingLanguage.ENGLISH)
                                .to(volunteer("v1").languages(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH).build())
                                .build(),
                        seat("p2", "s1").language(WorkingLanguage.EITHER)
                                .to(volunteer("v2").languages(WorkingLanguage.FRENCH).build()).build())
                .penalizesBy(0);
    }

    @Test
    void provider_kind_penalises_a_firm_on_a_volunteer_seat() {
        verifier.verifyThat(MatchingConstraints::providerKind)
                .given(seat("p1", "s1").kinds(ProviderKind.VOLUNTEER).to(firm("f1").obligation("o1")).build())
                .penalizesBy(1);
    }

    @Test
    void provider_kind_accepts_allowed_kinds() {
        verifier.verifyThat(MatchingConstraints::providerKind)
                .given(seat("p1", "s1").kinds(ProviderKind.FIRM).to(firm("f1").obligation("o1")).build(),
                        seat("p2", "s1").kinds(ProviderKind.EITHER).to(volunteer("v1").build()).build())
                .penalizesBy(0);
    }

    @Test
    void availability_penalises_the_hours_a_volunteer_cannot_give_in_the_window() {
        // Available 14 days of the window at 10 h a week: 20 hours of the 40 needed.
        Volunteer volunteer = volunteer("v1").weeklyHours(10)
                .available(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 6, 30)).build();
        verifier.verifyThat(MatchingConstraints::availability)
                .given(seat("p1", "s1").hours(40).to(volunteer).build())
                .penalizesBy(20);
    }

    @Test
    void availability_penalises_an_obligation_that_expires_before_the_window() {
        FirmObligation obligation = firm("f1").valid(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31))
                .obligation("o1");
        verifier.verifyThat(MatchingConstraints::availability)
                .given(seat("p1", "s1").hours(40).to(obligation).build())
                .penalizesBy(40);
    }

    @Test
    void availability_accepts_providers_free_long_enough() {
        verifier.verifyThat(MatchingConstraints::availability)
                .given(seat("p1", "s1").hours(40).to(volunteer("v1").weeklyHours(10).build()).build(),
                        seat("p2", "s1").hours(40).to(firm("f1").obligation("o1")).build())
                .penalizesBy(0);
    }

    @Test
    void conflict_of_interest_penalises_a_provider_that_declared_one_with_the_osbl() {
        verifier.verifyThat(MatchingConstraints::conflictOfInterest)
                .given(seat("p1", "s1").organisation(organisation("org1"))
                        .to(firm("f1").conflictWith("org1").obligation("o1")).build())
                .penalizesBy(1);
    }

    @Test
    void conflict_of_interest_ignores_conflicts_with_other_osbls() {
        verifier.verifyThat(MatchingConstraints::conflictOfInterest)
                .given(seat("p1", "s1").organisation(organisation("org1"))
                        .to(firm("f1").conflictWith("org2").obligation("o1")).build())
                .penalizesBy(0);
    }

    @Test
    void volunteer_concurrent_seats_penalise_seats_over_the_limit_in_a_month() {
        Volunteer volunteer = volunteer("v1").weeklyHours(40).maxConcurrent(1).build();
        verifier.verifyThat(MatchingConstraints::volunteerConcurrentSeats)
                .given(withMonths(
                        seat("p1", "s1").hours(10).window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
                                .to(volunteer).build(),
                        seat("p2", "s1").hours(10).window(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15))
                                .to(volunteer).build()))
                .penalizesBy(1);
    }

    @Test
    void volunteer_concurrent_seats_accept_seats_one_after_the_other() {
        Volunteer volunteer = volunteer("v1").weeklyHours(40).maxConcurrent(1).build();
        verifier.verifyThat(MatchingConstraints::volunteerConcurrentSeats)
                .given(withMonths(
                        seat("p1", "s1").hours(10).window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
                                .to(volunteer).build(),
                        seat("p2", "s1").hours(10).window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                                .to(volunteer).build()))
                .penalizesBy(0);
    }

    @Test
    void place_of_work_penalises_on_site_elsewhere_and_remote_for_on_site_only_volunteers() {
        verifier.verifyThat(MatchingConstraints::placeOfWork)
                .given(seat("p1", "s1").onSite(Region.ESTRIE).to(volunteer("v1").region(Region.MONTREAL).build()).build(),
                        seat("p2", "s1").to(volunteer("v2").onSiteOnly().build()).build())
                .penalizesBy(2);
    }

    @Test
    void place_of_work_accepts_on_site_in_region_and_remote_for_remote_workers() {
        verifier.verifyThat(MatchingConstraints::placeOfWork)
                .given(seat("p1", "s1").onSite(Region.ESTRIE).to(volunteer("v1").region(Region.ESTRIE).build()).build(),
                        seat("p2", "s1").to(firm("f1").obligation("o1")).build())
                .penalizesBy(0);
    }

    @Test
    void privacy_course_is_required_for_personal_data() {
        verifier.verifyThat(MatchingConstraints::privacyCourse)
                .given(seat("p1", "s1").personalData().to(volunteer("v1").noPrivacyCourse().build()).build())
                .penalizesBy(1);
    }

    @Test
    void privacy_course_is_not_required_without_personal_data() {
        verifier.verifyThat(MatchingConstraints::privacyCourse)
                .given(seat("p1", "s1").to(volunteer("v1").noPrivacyCourse().build()).build(),
                        seat("p2", "s1").personalData().to(volunteer("v2").build()).build())
                .penalizesBy(0);
    }

    @Test
    void obligation_restrictions_penalise_each_sector_or_region_outside_them() {
        FirmObligation obligation = firm("f1").sectors(Sector.HEALTH_WELLBEING).restrictedTo(Region.ESTRIE)
                .obligation("o1");
        verifier.verifyThat(MatchingConstraints::obligationRestrictions)
                .given(seat("p1", "s1").sector(Sector.EDUCATION).to(obligation).build())
                .penalizesBy(2);
    }

    @Test
    void obligation_restrictions_accept_seats_within_them() {
        FirmObligation obligation = firm("f1").sectors(Sector.EDUCATION).restrictedTo(Region.MONTREAL)
                .obligation("o1");
        verifier.verifyThat(MatchingConstraints::obligationRestrictions)
                .given(seat("p1", "s1").sector(Sector.EDUCATION).to(obligation).build(),
                        seat("p2", "s1").to(volunteer("v1").build()).build())
                .penalizesBy(0);
    }

    @Test
    void excluded_pair_penalises_a_rejected_provider_again() {
        verifier.verifyThat(MatchingConstraints::excludedPair)
                .given(seat("p1", "s1").excluding("volunteer:v1").to(volunteer("v1").build()).build())
                .penalizesBy(1);
    }

    @Test
    void excluded_pair_allows_other_providers() {
        verifier.verifyThat(MatchingConstraints::excludedPair)
                .given(seat("p1", "s1").excluding("volunteer:v1").to(volunteer("v2").build()).build())
                .penalizesBy(0);
    }

    // ---- medium -------------------------------------------------------------------------------

    @Test
    void unassigned_hours_count_double_for_urgent_projects() {
        verifier.verifyThat(MatchingConstraints::unassignedHours)
                .given(seat("p1", "s1").hours(40).build(), seat("p2", "s1").hours(10).urgent().build())
                .penalizesBy(60);
    }

    @Test
    void unassigned_hours_ignore_seats_with_a_provider() {
        verifier.verifyThat(MatchingConstraints::unassignedHours)
                .given(seat("p1", "s1").hours(40).to(volunteer("v1").build()).build())
                .penalizesBy(0);
    }

    // ---- soft ---------------------------------------------------------------------------------

    @Test
    void skill_fit_penalises_levels_above_the_minimum() {
        verifier.verifyThat(MatchingConstraints::skillFit)
                .given(seat("p1", "s1").skills(new RequiredSkill(PYTHON, SkillLevel.BASIC))
                        .to(volunteer("v1").skill(PYTHON, SkillLevel.EXPERT).build()).build())
                .penalizesBy(3);
    }

    @Test
    void skill_fit_accepts_the_level_asked() {
        verifier.verifyThat(MatchingConstraints::skillFit)
                .given(seat("p1", "s1").skills(new RequiredSkill(PYTHON, SkillLevel.WORKING))
                        .to(volunteer("v1").skill(PYTHON, SkillLevel.WORKING).build()).build())
                .penalizesBy(0);
    }

    @Test
    void expiring_first_rewards_hours_of_obligations_that_expire_soon() {
        // Expires 73 days after the planning date, in a 365-day horizon: 10 x (365 - 73) / 365 = 8 points.
        FirmObligation soon = firm("f1").valid(LocalDate.of(2025, 1, 1), Fixtures.TODAY.plusDays(73)).obligation("o1");
        verifier.verifyThat(MatchingConstraints::expiringFirst)
                .given(seat("p1", "s1").hours(10).to(soon).build())
                .rewardsWith(80);
    }

    @Test
    void expiring_first_gives_nothing_for_far_expiries_or_volunteers() {
        FirmObligation far = firm("f1").valid(LocalDate.of(2025, 1, 1), Fixtures.TODAY.plusDays(400)).obligation("o1");
        verifier.verifyThat(MatchingConstraints::expiringFirst)
                .given(seat("p1", "s1").hours(10).to(far).build(), seat("p2", "s1").to(volunteer("v1").build()).build())
                .rewardsWith(0);
    }

    @Test
    void under_served_first_rewards_hours_for_osbls_that_received_little() {
        Organisation none = new Organisation("org9", "Nine", Region.MONTREAL, 0, false, false);
        Organisation half = new Organisation("org8", "Eight", Region.MONTREAL, 100, false, false);
        verifier.verifyThat(MatchingConstraints::underServedFirst)
                .given(seat("p1", "s1").hours(10).organisation(none).to(volunteer("v1").build()).build(),
                        seat("p2", "s1").hours(10).organisation(half).to(volunteer("v2").build()).build())
                .rewardsWith(10 * 10 + 10 * 5);
    }

    @Test
    void under_served_first_gives_nothing_to_well_served_osbls_or_unassigned_seats() {
        Organisation none = new Organisation("org9", "Nine", Region.MONTREAL, 0, false, false);
        verifier.verifyThat(MatchingConstraints::underServedFirst)
                .given(seat("p1", "s1").hours(10).to(volunteer("v1").build()).build(),
                        seat("p2", "s1").hours(10).organisation(none).build())
                .rewardsWith(0);
    }

    @Test
    void small_and_regional_first_rewards_hours_once_for_each() {
        Organisation smallRegional = new Organisation("org9", "Nine", Region.ESTRIE, 200, true, true);
        verifier.verifyThat(MatchingConstraints::smallAndRegionalFirst)
                .given(seat("p1", "s1").hours(10).organisation(smallRegional).to(volunteer("v1").build()).build())
                .rewardsWith(20);
    }

    @Test
    void small_and_regional_first_gives_nothing_to_large_urban_osbls() {
        verifier.verifyThat(MatchingConstraints::smallAndRegionalFirst)
                .given(seat("p1", "s1").hours(10).to(volunteer("v1").build()).build())
                .rewardsWith(0);
    }

    @Test
    void fair_share_penalises_concentrated_hours_more_than_spread_ones() {
        Organisation a = organisation("a");
        Organisation b = organisation("b");
        verifier.verifyThat(MatchingConstraints::fairShare)
                .given(seat("p1", "s1").hours(100).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p1", "s2").hours(100).organisation(a).to(volunteer("v2").build()).build())
                .penalizesBy(200 * 200 / 100);
        verifier.verifyThat(MatchingConstraints::fairShare)
                .given(seat("p1", "s1").hours(100).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p2", "s1").hours(100).organisation(b).to(volunteer("v2").build()).build())
                .penalizesBy(2 * 100 * 100 / 100);
    }

    @Test
    void fair_share_ignores_unassigned_seats() {
        verifier.verifyThat(MatchingConstraints::fairShare)
                .given(seat("p1", "s1").hours(100).build())
                .penalizesBy(0);
    }

    @Test
    void spread_across_osbls_rewards_hours_spread_over_two_osbls_more_than_the_same_hours_in_one() {
        Organisation a = organisation("a");
        Organisation b = organisation("b");
        verifier.verifyThat(MatchingConstraints::spreadAcrossOsbls)
                .given(seat("p1", "s1").hours(100).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p2", "s1").hours(100).organisation(b).to(volunteer("v2").build()).build())
                .rewardsWith(100 + 100);
        verifier.verifyThat(MatchingConstraints::spreadAcrossOsbls)
                .given(seat("p1", "s1").hours(100).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p1", "s2").hours(100).organisation(a).to(volunteer("v2").build()).build())
                .rewardsWith(141);
    }

    @Test
    void spread_across_osbls_ignores_unassigned_seats() {
        verifier.verifyThat(MatchingConstraints::spreadAcrossOsbls)
                .given(seat("p1", "s1").hours(100).build())
                .rewardsWith(0);
    }

    @Test
    void share_cap_penalises_each_hour_an_osbl_gets_beyond_the_cap() {
        Organisation a = organisation("a");
        verifier.verifyThat(MatchingConstraints::shareCap)
                .given(seat("p1", "s1").hours(400).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p1", "s2").hours(400).organisation(a).to(volunteer("v2").build()).build())
                .penalizesBy(800 - MatchingParameters.DEFAULT_SHARE_CAP_HOURS);
    }

    @Test
    void share_cap_accepts_osbls_within_the_cap_and_a_cap_of_zero_is_off() {
        Organisation a = organisation("a");
        Organisation b = organisation("b");
        verifier.verifyThat(MatchingConstraints::shareCap)
                .given(seat("p1", "s1").hours(400).organisation(a).to(volunteer("v1").build()).build(),
                        seat("p2", "s1").hours(400).organisation(b).to(volunteer("v2").build()).build())
                .penalizesBy(0);
        Seat first = seat("p1", "s1").hours(400).organisation(a).to(volunteer("v1").build()).build();
        Seat second = seat("p1", "s2").hours(400).organisation(a).to(volunteer("v2").build()).build();
        MatchingParameters noCap = new MatchingParameters(Fixtures.TODAY, 2, 200, 365, 90, 0);
        first.useParameters(noCap);
        second.useParameters(noCap);
        verifier.verifyThat(MatchingConstraints::shareCap).given(first, second).penalizesBy(0);
    }

    @Test
    void one_firm_per_project_penalises_each_extra_firm() {
        verifier.verifyThat(MatchingConstraints::oneFirmPerProject)
                .given(seat("p1", "s1").to(firm("f1").obligation("o1")).build(),
                        seat("p1", "s2").to(firm("f2").obligation("o2")).build(),
                        seat("p1", "s3").to(firm("f3").obligation("o3")).build())
                .penalizesBy(2);
    }

    @Test
    void one_firm_per_project_accepts_one_firm_with_two_obligations() {
        Fixtures.FirmBuilder builder = firm("f1");
        Firm firm = builder.firm();
        verifier.verifyThat(MatchingConstraints::oneFirmPerProject)
                .given(seat("p1", "s1").to(builder.obligation(firm, "o1")).build(),
                        seat("p1", "s2").to(builder.obligation(firm, "o2")).build(),
                        seat("p2", "s1").to(firm("f2").obligation("o3")).build())
                .penalizesBy(0);
    }

    @Test
    void volunteer_beside_firm_rewards_a_volunteer_on_a_firm_project() {
        verifier.verifyThat(MatchingConstraints::volunteerBesideFirm)
                .given(seat("p1", "s1").to(firm("f1").obligation("o1")).build(),
                        seat("p1", "s2").to(volunteer("v1").build()).build())
                .rewardsWith(1);
    }

    @Test
    void volunteer_beside_firm_gives_nothing_without_a_firm_on_the_project() {
        verifier.verifyThat(MatchingConstraints::volunteerBesideFirm)
                .given(seat("p1", "s1").to(firm("f1").obligation("o1")).build(),
                        seat("p2", "s1").to(volunteer("v1").build()).build(),
                        seat("p2", "s2").to(volunteer("v2").build()).build())
                .rewardsWith(0);
    }

    @Test
    void learning_goals_reward_each_required_skill_the_volunteer_wants_to_learn() {
        Volunteer learner = volunteer("v1").skill(SHEETS, SkillLevel.BASIC).wantsToLearn(PYTHON).wantsToLearn(SHEETS)
                .build();
        verifier.verifyThat(MatchingConstraints::learningGoals)
                .given(seat("p1", "s1").skills(new RequiredSkill(PYTHON, SkillLevel.BASIC),
                        new RequiredSkill(SHEETS, SkillLevel.BASIC)).to(learner).build())
                .rewardsWith(2);
    }

    @Test
    void learning_goals_give_nothing_for_other_skills_or_firms() {
        verifier.verifyThat(MatchingConstraints::learningGoals)
                .given(seat("p1", "s1").to(volunteer("v1").wantsToLearn(SHEETS).build()).build(),
                        seat("p2", "s1").to(firm("f1").obligation("o1")).build())
                .rewardsWith(0);
    }

    @Test
    void proximity_penalises_providers_from_another_region() {
        verifier.verifyThat(MatchingConstraints::proximity)
                .given(seat("p1", "s1").to(volunteer("v1").region(Region.OUTAOUAIS).build()).build())
                .penalizesBy(1);
    }

    @Test
    void proximity_accepts_providers_in_the_region() {
        verifier.verifyThat(MatchingConstraints::proximity)
                .given(seat("p1", "s1").to(volunteer("v1").region(Region.MONTREAL).build()).build())
                .penalizesBy(0);
    }

    @Test
    void deadlines_make_unassigned_seats_due_soon_cost_more() {
        // Due in 27 days of a 90-day horizon: 10 x (90 - 27) / 90 = 7 points, times 10 hours.
        verifier.verifyThat(MatchingConstraints::deadlines)
                .given(seat("p1", "s1").hours(10).deadline(Fixtures.TODAY.plusDays(27)).build())
                .penalizesBy(70);
    }

    @Test
    void deadlines_ignore_far_deadlines_and_filled_seats() {
        verifier.verifyThat(MatchingConstraints::deadlines)
                .given(seat("p1", "s1").hours(10).deadline(Fixtures.TODAY.plusDays(200)).build(),
                        seat("p2", "s1").hours(10).deadline(Fixtures.TODAY.plusDays(20)).to(volunteer("v1").build())
                                .build())
                .penalizesBy(0);
    }
}
