package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Every step of the project posting form (description, dates, seats, scoping checklist, ethics and
 * job-impact questionnaire) and the review's rejection reason under hostile input: the draft is saved
 * and read back as typed, or refused with messages in both languages and nothing stored or changed.
 */
class HostileProjectInputProperties extends OrganisationsTestSupport {

    @Autowired
    ProjectService projects;
    @Autowired
    MongoTemplate mongo;

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    private static Arbitrary<SeatSpec> seats() {
        return Combinators.combine(mostly("Analyste", Hostile.any()),
                Arbitraries.oneOf(Arbitraries.of("data.cleaning", "pm.agile"), Hostile.text())
                        .map(code -> new RequiredSkill(code, SkillLevel.BASIC)).list().ofMaxSize(7),
                Hostile.integers(), Arbitraries.of(ProviderKind.values()).injectNull(0.1),
                Arbitraries.of(WorkingLanguage.values()).injectNull(0.1))
                .as((role, skills, hours, kind, language) -> new SeatSpec(null, role, skills, hours, kind, true, null,
                        language));
    }

    private static Arbitrary<ProjectDraft> drafts() {
        ProjectDraft p = ProjectDraftProperties.complete(List.of());
        Arbitrary<ScopingChecklist> checklists = Combinators.combine(mostly("Un tableau", Hostile.any()),
                mostly("La directrice", Hostile.any()), mostly("Extraction", Hostile.any()),
                Hostile.integers().injectNull(0.2)).as(ScopingChecklist::new);
        Arbitrary<EthicsAnswers> ethics = Combinators.combine(mostly("Compilation", Hostile.any()),
                mostly("Accompagnement", Hostile.any()), Arbitraries.of(JobImpact.values()).injectNull(0.2),
                mostly("Formulaire", Hostile.any()), mostly("Codes postaux", Hostile.any()),
                mostly("Un an", Hostile.any()), mostly("Biais", Hostile.any()), mostly("Révision", Hostile.any()))
                .as(EthicsAnswers::new);
        Arbitrary<LocalDate> days = Arbitraries.oneOf(Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).injectNull(0.2),
                Arbitraries.integers().between(-3_000, 3_000).map(n -> LocalDate.of(2027, 1, 1).plusDays(n)));
        Arbitrary<List<String>> texts = Arbitraries.oneOf(Arbitraries.just(p.title()), Hostile.any())
                .list().ofSize(1).flatMap(title -> Combinators.combine(mostly(p.summary(), Hostile.any()),
                        mostly(p.problem(), Hostile.any()), mostly(p.expectedOutcome(), Hostile.any()),
                        mostly("", Hostile.any())).as((s, pr, o, u) -> java.util.Arrays.asList(title.get(0), s, pr, o, u)));
        return Combinators.combine(texts, days, days, Arbitraries.of(Priority.values()).injectNull(0.1),
                seats().list().ofMaxSize(12), checklists.injectNull(0.1), ethics.injectNull(0.1))
                .as((t, start, deadline, priority, seatList, checklist, answers) -> new ProjectDraft(t.get(0), t.get(1),
                        t.get(2), t.get(3), p.category(), p.dataInvolved(), start, deadline, priority, t.get(4),
                        seatList, checklist, answers));
    }

    @Test
    void a_hostile_draft_is_saved_as_typed_or_refused_and_leaves_nothing() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Responsable des projets");
        var organisation = registered(member, "Organisme des projets " + UUID.randomUUID());
        Query ofOrganisation = Query.query(Criteria.where("organisationId").is(organisation.id()));
        ProjectView existing = projects.create(ProjectDraft.titled("Projet à modifier"));
        Hostile.forAll("project draft", 120, drafts(), draft -> {
            long before = mongo.count(ofOrganisation, "projects");
            var created = Refusals.attempt(() -> projects.create(draft));
            long after = mongo.count(ofOrganisation, "projects");
            if (created.accepted()) {
                assertThat(after).isEqualTo(before + 1);
                assertStoredAsTyped(projects.get(created.value().id()).content(), draft);
            } else {
                assertThat(after).isEqualTo(before);
            }
            ProjectView current = projects.get(existing.id());
            var saved = Refusals.attempt(() -> projects.saveDraft(existing.id(), draft, current.version()));
            ProjectView reread = projects.get(existing.id());
            if (saved.accepted()) {
                assertStoredAsTyped(reread.content(), draft);
            } else {
                assertThat(reread).isEqualTo(current);
            }
            assertThat(created.accepted()).as("creating and saving agree").isEqualTo(saved.accepted());
        });
    }

    @Test
    void a_hostile_rejection_reason_is_stored_as_typed_or_refused() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Responsable revue");
        registered(member, "Organisme revu " + UUID.randomUUID());
        ProjectView project = projects.create(ProjectDraft.titled("Projet à revoir"));
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination"));
        Hostile.forAll("project rejection", 60, Hostile.any(), reason -> {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(project.id())),
                    Update.update("status", ProjectStatus.SUBMITTED.name()), "projects");
            ProjectView before = projects.get(project.id());
            var outcome = Refusals.attempt(() -> projects.reject(project.id(), reason, before.version()));
            ProjectView after = projects.get(project.id());
            if (outcome.accepted()) {
                assertThat(after.lastReviewComment()).isIn(reason, reason.strip());
                assertThat(after.lastReviewComment().length()).isLessThanOrEqualTo(ProjectDraft.LONG_TEXT_MAX);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    private static String n(String text) {
        return text == null ? "" : text.strip();
    }

    private static void assertStoredAsTyped(ProjectDraft saved, ProjectDraft typed) {
        assertThat(n(saved.title())).isEqualTo(n(typed.title()));
        assertThat(n(saved.summary())).isEqualTo(n(typed.summary()));
        assertThat(n(saved.problem())).isEqualTo(n(typed.problem()));
        assertThat(n(saved.expectedOutcome())).isEqualTo(n(typed.expectedOutcome()));
        assertThat(n(saved.urgencyReason())).isEqualTo(n(typed.urgencyReason()));
        assertThat(saved.earliestStart()).isEqualTo(typed.earliestStart());
        assertThat(saved.deadline()).isEqualTo(typed.deadline());
        assertThat(saved.seats()).hasSameSizeAs(typed.seats()).hasSizeLessThanOrEqualTo(ProjectDraft.MAX_SEATS);
        for (int i = 0; i < saved.seats().size(); i++) {
            assertThat(n(saved.seats().get(i).roleTitle())).isEqualTo(n(typed.seats().get(i).roleTitle()));
            assertThat(saved.seats().get(i).hours()).isEqualTo(typed.seats().get(i).hours());
        }
        if (typed.checklist() != null) {
            assertThat(n(saved.checklist().deliverables())).isEqualTo(n(typed.checklist().deliverables()));
            assertThat(n(saved.checklist().decisionMaker())).isEqualTo(n(typed.checklist().decisionMaker()));
            assertThat(saved.checklist().staffHoursPerMonth()).isEqualTo(typed.checklist().staffHoursPerMonth());
        }
        if (typed.ethics() != null) {
            EthicsAnswers s = saved.ethics();
            EthicsAnswers t = typed.ethics();
            assertThat(List.of(n(s.automatedTasks()), n(s.freedTimeUse()), n(s.consent()), n(s.minimisation()),
                    n(s.retention()), n(s.beneficiaryRisks()), n(s.humanOversight())))
                    .isEqualTo(List.of(n(t.automatedTasks()), n(t.freedTimeUse()), n(t.consent()), n(t.minimisation()),
                            n(t.retention()), n(t.beneficiaryRisks()), n(t.humanOversight())));
            assertThat(s.jobImpact()).isEqualTo(t.jobImpact());
        }
    }
}
