package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of the posting command's validation, over generated drafts. */
class ProjectDraftProperties {

    static final Set<String> KNOWN = Set.of("data.cleaning", "web.wordpress", "ai.llm-prompting", "privacy.law25",
            "pm.agile", "ux.research");

    static ProjectDraft complete(List<SeatSpec> seats) {
        return new ProjectDraft("Tableau de bord des demandes", "Un résumé clair.", "Le problème.", "Le résultat.",
                ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 6, 30), Priority.NORMAL, "", seats,
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Seulement les codes postaux", "Un an", "Biais de langue vérifié", "Révision humaine"));
    }

    static SeatSpec seat(int hours, List<RequiredSkill> skills) {
        return new SeatSpec(null, "Analyste", skills, hours, ProviderKind.EITHER, true, null, WorkingLanguage.FRENCH);
    }

    @Provide
    Arbitrary<RequiredSkill> knownSkills() {
        return Combinators.combine(Arbitraries.of(KNOWN), Arbitraries.of(SkillLevel.values())).as(RequiredSkill::new);
    }

    @Provide
    Arbitrary<SeatSpec> validSeats() {
        return Combinators.combine(Arbitraries.integers().between(1, 2_000),
                knownSkills().list().ofMinSize(1).ofMaxSize(5).uniqueElements(RequiredSkill::skillCode),
                Arbitraries.of(ProviderKind.values()), Arbitraries.of(true, false), Arbitraries.of(Region.values()),
                Arbitraries.of(WorkingLanguage.values()))
                .as((hours, skills, kind, remote, region, language) -> new SeatSpec(null, "Rôle", skills, hours, kind,
                        remote, remote ? null : region, language));
    }

    @Property
    void a_complete_draft_with_valid_seats_has_no_problem(@ForAll("seatLists") List<SeatSpec> seats) {
        assertThat(complete(seats).submissionProblems(KNOWN::contains)).isEmpty();
    }

    @Provide
    Arbitrary<List<SeatSpec>> seatLists() {
        return validSeats().list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<SeatSpec>> tooManySeats() {
        return validSeats().list().ofMinSize(11).ofMaxSize(30);
    }

    @Property
    void hours_outside_1_to_2000_are_always_refused_on_the_seat(
            @ForAll("outOfRangeHours") int hours) {
        ProjectDraft draft = complete(List.of(seat(hours, List.of(new RequiredSkill("data.cleaning", SkillLevel.BASIC)))));
        assertThat(draft.submissionProblems(KNOWN::contains)).extracting(FieldProblem::field).contains("seats[0].hours");
    }

    @Provide
    Arbitrary<Integer> outOfRangeHours() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 0),
                Arbitraries.integers().between(2_001, Integer.MAX_VALUE));
    }

    @Property
    void a_deadline_not_after_the_start_is_refused(@ForAll @IntRange(min = 0, max = 3_000) int daysBefore) {
        LocalDate start = LocalDate.of(2027, 3, 1);
        ProjectDraft base = complete(List.of(seat(10, List.of(new RequiredSkill("pm.agile", SkillLevel.WORKING)))));
        ProjectDraft draft = new ProjectDraft(base.title(), base.summary(), base.problem(), base.expectedOutcome(),
                base.category(), base.dataInvolved(), start, start.minusDays(daysBefore), base.priority(),
                base.urgencyReason(), base.seats(), base.checklist(), base.ethics());
        assertThat(draft.formatProblems(KNOWN::contains)).extracting(FieldProblem::field).containsOnly("deadline");
    }

    @Property
    void titles_shorter_than_5_or_longer_than_120_are_refused(@ForAll("badTitles") String title) {
        assertThat(ProjectDraft.titled(title).formatProblems(KNOWN::contains)).extracting(FieldProblem::field)
                .contains("title");
    }

    @Provide
    Arbitrary<String> badTitles() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().alpha().ofMinLength(121).ofMaxLength(400), Arbitraries.of("", "   "));
    }

    @Property
    void any_text_up_to_the_limits_is_accepted_as_typed(@ForAll @StringLength(min = 5, max = 120) String title,
            @ForAll @StringLength(max = 500) String summary) {
        // Whatever characters a person types (HTML, script, emoji) are text, never refused for their content.
        String usable = title.isBlank() || title.strip().length() < 5 ? "Titre " + title : title;
        ProjectDraft draft = new ProjectDraft(usable.length() > 120 ? usable.substring(0, 120) : usable, summary,
                "<script>alert(1)</script>", "", null, null, null, null, Priority.NORMAL, "", List.of(), null, null);
        assertThat(draft.formatProblems(KNOWN::contains)).extracting(FieldProblem::field)
                .doesNotContain("summary", "problem");
    }

    @Property
    void unknown_or_repeated_skills_are_refused(@ForAll("knownSkills") RequiredSkill skill,
            @ForAll @StringLength(min = 1, max = 20) String unknown) {
        var repeated = complete(List.of(seat(10, List.of(skill, skill))));
        assertThat(repeated.formatProblems(KNOWN::contains)).extracting(FieldProblem::messageKey)
                .contains("project.validation.skills.duplicate");
        if (!KNOWN.contains(unknown)) {
            var strange = complete(List.of(seat(10, List.of(new RequiredSkill(unknown, SkillLevel.BASIC)))));
            assertThat(strange.formatProblems(KNOWN::contains)).extracting(FieldProblem::messageKey)
                    .contains("project.validation.skills.unknown");
        }
    }

    @Property
    void more_than_ten_seats_or_five_skills_are_refused(@ForAll("tooManySeats") List<SeatSpec> many,
            @ForAll @IntRange(min = 6, max = 12) int skills) {
        assertThat(complete(many).formatProblems(KNOWN::contains)).extracting(FieldProblem::messageKey)
                .contains("project.validation.seats.tooMany");
        List<RequiredSkill> tooMany = java.util.stream.IntStream.range(0, skills)
                .mapToObj(i -> new RequiredSkill("x" + i, SkillLevel.BASIC)).toList();
        assertThat(complete(List.of(seat(5, tooMany))).formatProblems(c -> true)).extracting(FieldProblem::messageKey)
                .contains("project.validation.skills.tooMany");
    }

    @Example
    void an_unfinished_seat_can_be_saved_in_a_draft_but_not_submitted() {
        SeatSpec empty = new SeatSpec(null, "", List.of(), 0, null, false, null, null);
        ProjectDraft draft = complete(List.of(empty));
        assertThat(draft.formatProblems(KNOWN::contains)).isEmpty();
        assertThat(draft.submissionProblems(KNOWN::contains)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "seats[0].roleTitle", "seats[0].hours", "seats[0].requiredSkills", "seats[0].providerKind",
                "seats[0].workingLanguage", "seats[0].region");
    }

    @Example
    void personal_data_requires_the_law_25_answers_but_no_data_does_not() {
        ProjectDraft base = complete(List.of(seat(10, List.of(new RequiredSkill("pm.agile", SkillLevel.WORKING)))));
        EthicsAnswers noDataAnswers = new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "", "", "",
                "Aucun", "Révision humaine");
        ProjectDraft personal = new ProjectDraft(base.title(), base.summary(), base.problem(), base.expectedOutcome(),
                base.category(), DataInvolved.PERSONAL, base.earliestStart(), base.deadline(), base.priority(), "",
                base.seats(), base.checklist(), noDataAnswers);
        assertThat(personal.submissionProblems(KNOWN::contains)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("ethics.consent", "ethics.minimisation", "ethics.retention");
        ProjectDraft none = new ProjectDraft(base.title(), base.summary(), base.problem(), base.expectedOutcome(),
                base.category(), DataInvolved.NONE, base.earliestStart(), base.deadline(), base.priority(), "",
                base.seats(), new ScopingChecklist("Livrable", "La directrice", "", 4), noDataAnswers);
        assertThat(none.submissionProblems(KNOWN::contains)).isEmpty();
    }

    @Example
    void an_urgent_project_must_say_why_and_an_on_site_seat_needs_a_region() {
        SeatSpec onSite = new SeatSpec(null, "Formatrice", List.of(new RequiredSkill("pm.agile", SkillLevel.BASIC)), 20,
                ProviderKind.VOLUNTEER, false, null, WorkingLanguage.FRENCH);
        ProjectDraft base = complete(List.of(onSite));
        ProjectDraft urgent = new ProjectDraft(base.title(), base.summary(), base.problem(), base.expectedOutcome(),
                base.category(), base.dataInvolved(), base.earliestStart(), base.deadline(), Priority.URGENT, " ",
                base.seats(), base.checklist(), base.ethics());
        assertThat(urgent.submissionProblems(KNOWN::contains)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("urgencyReason", "seats[0].region");
    }
}
