package org.jumelage.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The volunteer profile and its availability windows under hostile input: saved and read back as typed
 * (trimmed), or refused with messages in both languages and the stored profile unchanged.
 */
class HostileVolunteerInputProperties extends VolunteersTestSupport {

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    private static Arbitrary<AvailabilityWindow> windows() {
        Arbitrary<LocalDate> days = Arbitraries.oneOf(Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).injectNull(0.2),
                Arbitraries.integers().between(-400, 400).map(n -> LocalDate.of(2027, 1, 11).plusDays(n)));
        return Combinators.combine(mostly("Session d’hiver", Hostile.any()), days, days,
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(1, 40)), Tuple.of(1, Hostile.integers())))
                .as(AvailabilityWindow::new);
    }

    private static Arbitrary<VolunteerProfileCommand> commands() {
        VolunteerProfileCommand p = profile("Génie logiciel");
        Arbitrary<List<RequiredSkill>> skills = Arbitraries.oneOf(Arbitraries.just(p.skills()),
                Combinators.combine(Arbitraries.oneOf(Arbitraries.of("data.power-bi", "web.wordpress"), Hostile.any()),
                        Arbitraries.of(SkillLevel.values())).as(RequiredSkill::new).list().ofMaxSize(40));
        Arbitrary<List<String>> goals = Arbitraries.oneOf(Arbitraries.just(p.learningGoals()),
                Arbitraries.oneOf(Arbitraries.just("ai.llm-prompting"), Hostile.any()).list().ofMaxSize(30));
        Arbitrary<List<AvailabilityWindow>> windowLists = Arbitraries.oneOf(Arbitraries.just(p.windows()),
                windows().list().ofMaxSize(15));
        return Combinators.combine(mostly(p.institution(), Hostile.any()), mostly(p.programme(), Hostile.any()),
                skills, goals, windowLists, Hostile.integers(), Hostile.integers().injectNull(0.2))
                .as((institution, programme, s, g, w, seats, credits) -> new VolunteerProfileCommand(institution,
                        programme, p.level(), s, g, p.languages(), p.region(), true, w,
                        seats % 2 == 0 ? 2 : seats, credits, true));
    }

    @Test
    void a_hostile_profile_is_saved_as_typed_or_refused_and_the_stored_one_stays() {
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Bénévole hostile");
        signIn(volunteer);
        Hostile.forAll("volunteer profile", 120, commands(), command -> {
            Optional<VolunteerProfileDetails> before = service.mine();
            var outcome = Refusals.attempt(() -> service.save(command, before.map(VolunteerProfileDetails::version)
                    .orElse(null)));
            Optional<VolunteerProfileDetails> after = service.mine();
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            VolunteerProfileDetails saved = after.orElseThrow();
            assertThat(saved.institution()).isEqualTo(blankToNull(command.institution()));
            assertThat(saved.programme()).isEqualTo(blankToNull(command.programme()));
            assertThat(saved.skills()).isEqualTo(command.skills());
            assertThat(saved.learningGoals()).isEqualTo(command.learningGoals());
            assertThat(saved.maxConcurrentSeats()).isBetween(1, 3);
            List<AvailabilityWindow> typed = new ArrayList<>();
            command.windows().forEach(w -> typed.add(new AvailabilityWindow(w.label().strip(), w.from(), w.to(),
                    w.hoursPerWeek())));
            assertThat(saved.windows()).containsExactlyInAnyOrderElementsOf(typed);
            saved.windows().forEach(w -> {
                assertThat(w.hoursPerWeek()).isBetween(1, 40);
                assertThat(w.to()).isAfterOrEqualTo(w.from());
                assertThat(w.label().length()).isBetween(1, AvailabilityWindow.MAX_LABEL);
            });
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
