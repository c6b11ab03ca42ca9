package org.jumelage.matching.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.Reason;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.explain.MatchExplainer;
import org.jumelage.matching.solver.GreedyBaseline;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.Seat;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.volunteers.VolunteerException;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conflicts of interest declared on firm and volunteer profiles: saved under the profile's version,
 * refused when stale or not a verified organisation, and kept from the solver's proposals.
 */
class ConflictsOfInterestTest extends MatchingRunsTestSupport {

    @Autowired
    ProblemAssembler assembler;
    @Autowired
    MatchingConfigLoader configLoader;
    @Autowired
    org.jumelage.accounts.AccountService accounts;

    @Override
    protected Region region() {
        return Region.ABITIBI_TEMISCAMINGUE;
    }

    private Seat firmSeat(MatchingProblem problem, World world) {
        return problem.getSeats().stream()
                .filter(s -> s.projectId().equals(world.project().id()) && s.seatId().equals(world.firmSeat()))
                .findFirst().orElseThrow();
    }

    private Provider provider(MatchingProblem problem, ProviderRef ref) {
        String id = ProblemAssembler.providerId(ref);
        return problem.getProviders().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    private MatchingProblem assembled() {
        return assembler.assemble(RunScope.region(region()), configLoader.load().settings(), Set.of(), Set.of(),
                Set.of()).problem();
    }

    @Test
    void a_firm_declares_a_conflict_saved_with_its_profile_and_a_stale_edit_is_refused() {
        World world = world();
        MatchingProblem before = assembled();
        Seat open = firmSeat(before, world);
        Provider obligation = provider(before, ProviderRef.obligation(world.obligation().id()));
        assertThat(open.pairFeasible(obligation)).isTrue();
        assertThat(open.getCandidates()).contains(obligation);

        signIn(firmMember(world));
        FirmDetails read = firms.get(world.firm().id());
        FirmDetails saved = firms.update(read.id(), read.profile().withConflicts(
                List.of(new ConflictOfInterest(world.organisation().id(), "  Siège au conseil  "))), read.version());

        assertThat(saved.profile().conflicts())
                .containsExactly(new ConflictOfInterest(world.organisation().id(), "Siège au conseil"));
        assertThat(firms.get(read.id()).profile().conflicts()).hasSize(1);
        assertThatThrownBy(() -> firms.update(read.id(), read.profile(), read.version()))
                .isInstanceOf(FirmException.class).satisfies(e -> assertThat(((RefusalException) e).messageKey()).isEqualTo("common.concurrentEdit"));
        assertThat(firms.get(read.id()).profile().conflicts()).hasSize(1);

        signIn(coordinator());
        MatchingProblem after = assembled();
        Seat seat = firmSeat(after, world);
        Provider conflicted = provider(after, ProviderRef.obligation(world.obligation().id()));
        assertThat(seat.conflictOfInterest(conflicted)).isTrue();
        assertThat(seat.getCandidates()).doesNotContain(conflicted);
        assertThat(GreedyBaseline.plan(after).get(seat)).isNotEqualTo(conflicted);
        // The shared store holds other tests' providers: explain against this test's own provider only.
        MatchingProblem alone = new MatchingProblem(after.getParameters(), after.getWeights(),
                after.getOrganisations(), after.getFirms(), List.of(conflicted), after.getSeats());
        assertThat(MatchExplainer.whyOpen(seat, alone)).extracting(Reason::key)
                .contains("matchreason.open.conflict");
    }

    @Test
    void a_conflict_with_an_unknown_or_unverified_organisation_is_refused_by_field_and_nothing_is_stored() {
        World world = world();
        signIn(firmMember(world));
        FirmDetails read = firms.get(world.firm().id());
        String pending = registered(person(org.jumelage.accounts.Role.OSBL_MEMBER, java.util.Locale.FRENCH, "Paul"),
                "Organisme en attente " + key()).id();
        signIn(firmMember(world));

        assertThatThrownBy(() -> firms.update(read.id(), read.profile().withConflicts(List.of(
                new ConflictOfInterest(world.organisation().id(), null), new ConflictOfInterest(pending, null))),
                read.version()))
                .isInstanceOf(FirmException.class).satisfies(e -> assertThat(((RefusalException) e).fieldMessageKeys())
                        .isEqualTo(Map.of("conflicts[1].organisationId", "conflict.organisation.unknown")));
        assertThatThrownBy(() -> firms.update(read.id(), read.profile().withConflicts(List.of(
                new ConflictOfInterest(world.organisation().id(), null),
                new ConflictOfInterest(world.organisation().id(), "x".repeat(301)))), read.version()))
                .isInstanceOf(FirmException.class).satisfies(e -> assertThat(((RefusalException) e).fieldMessageKeys())
                        .isEqualTo(Map.of("conflicts[1].reason", "conflict.reason.tooLong")));
        assertThat(firms.get(read.id()).profile().conflicts()).isEmpty();
        assertThat(firms.get(read.id()).version()).isEqualTo(read.version());
    }

    @Test
    void a_volunteer_declares_a_conflict_that_matching_respects_and_a_stale_edit_is_refused() {
        World world = world();
        signIn(world.volunteer());
        VolunteerProfileDetails read = volunteerService.mine().orElseThrow();
        VolunteerProfileCommand c = read.toCommand();
        VolunteerProfileCommand declared = new VolunteerProfileCommand(c.institution(), c.programme(), c.level(),
                c.skills(), c.learningGoals(), c.languages(), c.region(), c.remoteOk(), c.windows(),
                c.maxConcurrentSeats(), c.creditHoursNeeded(), c.consentToShare(),
                List.of(new ConflictOfInterest(world.organisation().id(), "Ma sœur y travaille")));

        VolunteerProfileDetails saved = volunteerService.save(declared, read.version());

        assertThat(saved.conflicts()).containsExactly(
                new ConflictOfInterest(world.organisation().id(), "Ma sœur y travaille"));
        assertThatThrownBy(() -> volunteerService.save(c, read.version())).isInstanceOf(VolunteerException.class)
                .satisfies(e -> assertThat(((RefusalException) e).messageKey()).isEqualTo("common.concurrentEdit"));
        assertThat(volunteerService.mine().orElseThrow().conflicts()).hasSize(1);

        signIn(coordinator());
        MatchingProblem problem = assembled();
        Provider volunteer = provider(problem, ProviderRef.volunteer(world.volunteer().id()));
        assertThat(volunteer.conflictsOfInterest()).containsExactly(world.organisation().id());
        assertThat(problem.getSeats()).filteredOn(s -> s.organisationId().equals(world.organisation().id()))
                .isNotEmpty().allSatisfy(s -> assertThat(s.getCandidates()).doesNotContain(volunteer));
    }

    /** The world's firm administrator. */
    private Person firmMember(World world) {
        String admin = firmRepository.findById(world.firm().id()).orElseThrow().memberIds().get(0);
        return new Person(accounts.find(admin).orElseThrow().email(), admin);
    }
}
