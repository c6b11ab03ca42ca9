package org.jumelage.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.impact.internal.EvaluationRequest;
import org.jumelage.projects.ProjectEvents;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Evaluations over the wire: requests on completion (organisation, firm, volunteer), mails in each
 * person's language (GreenMail), idempotence, the one reminder after 7 days and the follow-up at 90
 * days with the clock moved, validation, immutability, who may answer, programme questions and the
 * outcomes the dashboards read.
 */
class EvaluationFlowTest extends ImpactTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void completion_asks_the_organisation_and_each_provider_in_the_app_and_by_mail_in_their_language()
            throws Exception {
        completedProject();

        EvaluationSummary osbl = mineFor(osblMember, EvaluationKind.SURVEY);
        assertThat(osbl.respondent()).isEqualTo(Respondent.OSBL);
        assertThat(osbl.submitted()).isFalse();
        EvaluationSummary ofFirm = mineFor(firmMember, EvaluationKind.SURVEY);
        assertThat(ofFirm.respondent()).isEqualTo(Respondent.FIRM);
        assertThat(ofFirm.respondentName()).startsWith("Boréal Données");
        EvaluationSummary ofVolunteer = mineFor(volunteer, EvaluationKind.SURVEY);
        assertThat(ofVolunteer.respondent()).isEqualTo(Respondent.VOLUNTEER);
        signIn(osblMember);
        assertThat(evaluations.mine()).as("the follow-up waits for its 90 days")
                .noneMatch(e -> e.projectId().equals(project.id()) && e.kind() == EvaluationKind.FOLLOW_UP);

        MimeMessage toOsbl = Mailbox.awaitContaining(osblMember.email(), "/evaluations/" + osbl.id(), Duration.ofSeconds(30));
        assertThat(toOsbl.getSubject()).isEqualTo("Évaluez votre projet terminé sur Jumelage");
        assertThat(Mailbox.text(toOsbl)).contains("Bonjour Olga Organisme", "Tableau de bord alimentaire",
                organisation.legalName(), "Remplir l’évaluation");
        assertThat(Mailbox.html(toOsbl)).contains("/evaluations/" + osbl.id());
        MimeMessage toFirm = Mailbox.awaitContaining(firmMember.email(), "/evaluations/" + ofFirm.id(), Duration.ofSeconds(30));
        assertThat(toFirm.getSubject()).isEqualTo("Evaluate your completed project on Jumelage");
        assertThat(Mailbox.text(toFirm)).contains("Hello Felix Firm", "The project “Tableau de bord alimentaire”");
        Mailbox.awaitContaining(volunteer.email(), "/evaluations/" + ofVolunteer.id(), Duration.ofSeconds(30));
    }

    @Test
    void the_completion_event_handled_twice_asks_nothing_twice() {
        completedProject();
        assertThat(requestRepository.findByProjectId(project.id())).hasSize(4);
        long mails = outboxCount(osblMember, "evaluation-request");
        assertThat(mails).isEqualTo(1);

        events.publishEvent(new ProjectEvents.ProjectCompleted(project.id()));
        assertThat(evaluationRequests.requestFor(project.id(), clock.instant())).isZero();

        assertThat(requestRepository.findByProjectId(project.id())).hasSize(4)
                .extracting(EvaluationRequest::getRespondent)
                .containsExactlyInAnyOrder(Respondent.OSBL, Respondent.OSBL, Respondent.FIRM, Respondent.VOLUNTEER);
        assertThat(outboxCount(osblMember, "evaluation-request")).isEqualTo(1);
        assertThat(outboxCount(firmMember, "evaluation-request")).isEqualTo(1);
    }

    @Test
    void one_reminder_after_seven_days_and_only_to_whoever_has_not_answered() throws Exception {
        completedProject();
        signIn(firmMember);
        evaluations.submitSurvey(mineFor(firmMember, EvaluationKind.SURVEY).id(),
                SurveyAnswers.ofProvider(4, "Power BI pour un OSBL", 5, null), Map.of());

        clock.advance(Duration.ofDays(6));
        evaluationRequests.sendReminders();
        assertThat(outboxCount(osblMember, "evaluation-reminder")).isZero();

        clock.advance(Duration.ofDays(2));
        evaluationRequests.sendReminders();
        evaluationRequests.sendReminders();
        clock.advance(Duration.ofDays(10));
        evaluationRequests.sendReminders();

        assertThat(outboxCount(osblMember, "evaluation-reminder")).isEqualTo(1);
        assertThat(outboxCount(volunteer, "evaluation-reminder")).isEqualTo(1);
        assertThat(outboxCount(firmMember, "evaluation-reminder")).as("the firm answered").isZero();
        MimeMessage reminder = Mailbox.awaitContaining(osblMember.email(), "seul rappel", Duration.ofSeconds(30));
        assertThat(reminder.getSubject()).isEqualTo("Rappel : évaluation de votre projet sur Jumelage");
        assertThat(Mailbox.text(reminder)).contains("/evaluations/" + mineFor(osblMember, EvaluationKind.SURVEY).id());
    }

    @Test
    void the_follow_up_is_asked_ninety_days_after_completion_and_answered_yes_partly_or_no() throws Exception {
        completedProject();
        clock.advance(Duration.ofDays(89));
        evaluationRequests.sendDue();
        assertThat(outboxCount(osblMember, "evaluation-follow-up")).isZero();
        signIn(osblMember);
        assertThat(evaluations.mine()).noneMatch(e -> e.kind() == EvaluationKind.FOLLOW_UP);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        evaluationRequests.sendDue();
        evaluationRequests.sendDue();
        assertThat(outboxCount(osblMember, "evaluation-follow-up")).isEqualTo(1);
        assertThat(outboxCount(firmMember, "evaluation-follow-up")).as("providers get no follow-up").isZero();
        EvaluationSummary followUp = mineFor(osblMember, EvaluationKind.FOLLOW_UP);
        MimeMessage mail = Mailbox.awaitContaining(osblMember.email(), "/evaluations/" + followUp.id(),
                Duration.ofSeconds(30));
        assertThat(mail.getSubject()).isEqualTo("Suivi à 90 jours de votre projet sur Jumelage");

        signIn(osblMember);
        assertThatThrownBy(() -> evaluations.submitFollowUp(followUp.id(), new FollowUpAnswers(null, null)))
                .isInstanceOfSatisfying(ImpactException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("stillInUse", "evaluation.inUse.required"));
        assertThatThrownBy(() -> evaluations.submitFollowUp(followUp.id(), new FollowUpAnswers(StillInUse.PARTLY, " ")))
                .isInstanceOfSatisfying(ImpactException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("comment", "evaluation.inUse.commentRequired"));
        assertThatThrownBy(() -> evaluations.submitSurvey(followUp.id(), osblAnswers(), Map.of()))
                .hasMessage("evaluation.wrongKind");
        EvaluationDetails answered = evaluations.submitFollowUp(followUp.id(),
                new FollowUpAnswers(StillInUse.PARTLY, "Le tableau sert encore, mais plus chaque semaine."));
        assertThat(answered.followUp().stillInUse()).isEqualTo(StillInUse.PARTLY);

        Outcomes o = outcomes.summary(null, null, organisation.id());
        assertThat(o.followUpsDue()).isEqualTo(1);
        assertThat(o.followUpsAnswered()).isEqualTo(1);
        assertThat(o.stillInUse()).containsEntry(StillInUse.PARTLY, 1L).containsEntry(StillInUse.YES, 0L);
    }

    @Test
    void answers_are_validated_field_by_field_and_a_submitted_evaluation_never_changes() {
        completedProject();
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();
        signIn(osblMember);

        assertThatThrownBy(() -> evaluations.submitSurvey(id, new SurveyAnswers(null, null, null, null, null, null,
                null, null), Map.of())).isInstanceOfSatisfying(ImpactException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsOnlyKeys("objectives", "hoursFreedPerMonth",
                                "jobsEffect", "beneficiariesChange", "satisfaction"));
        assertThatThrownBy(() -> evaluations.submitSurvey(id, new SurveyAnswers(6, 10, " ", JobsEffect.NONE, -20,
                null, 0, "x".repeat(2001)), Map.of())).isInstanceOfSatisfying(ImpactException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsExactlyInAnyOrderEntriesOf(Map.of(
                                "objectives", "evaluation.scale.range",
                                "hoursNowUsedFor", "evaluation.hoursNowUsedFor.required",
                                "satisfaction", "evaluation.scale.range",
                                "comments", "evaluation.text.tooLong")));
        assertThatThrownBy(() -> evaluations.submitSurvey(id, new SurveyAnswers(3, -1, null, JobsEffect.NONE, 0,
                null, 3, null), Map.of())).isInstanceOfSatisfying(ImpactException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsOnly(
                                Map.entry("hoursFreedPerMonth", "evaluation.hoursFreed.range")));
        assertThat(requestRepository.findById(id).orElseThrow().getSubmittedAt()).as("nothing partial").isNull();

        EvaluationDetails done = evaluations.submitSurvey(id, new SurveyAnswers(4, 12, "  Accompagner plus de familles. ",
                JobsEffect.REALLOCATED, -5, "", 5, null), Map.of());
        assertThat(done.submitted()).isTrue();
        assertThat(done.answerable()).isFalse();
        assertThat(done.survey()).isEqualTo(new SurveyAnswers(4, 12, "Accompagner plus de familles.",
                JobsEffect.REALLOCATED, -5, null, 5, null));
        long version = done.version();

        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of()))
                .hasMessage("evaluation.alreadySubmitted");
        EvaluationDetails after = evaluations.get(id);
        assertThat(after.survey().beneficiariesChange()).isEqualTo(-5);
        assertThat(after.version()).isEqualTo(version);

        signIn(firmMember);
        String firmId = mineFor(firmMember, EvaluationKind.SURVEY).id();
        signIn(firmMember);
        assertThatThrownBy(() -> evaluations.submitSurvey(firmId, osblAnswers(), Map.of()))
                .hasMessage("evaluation.provider.osblFieldsOnly");
    }

    @Test
    void only_the_people_asked_may_answer_and_coordinators_may_only_read() {
        completedProject();
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();

        signIn(volunteer);
        assertThatThrownBy(() -> evaluations.get(id)).hasMessage("evaluation.notFound");
        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of()))
                .hasMessage("evaluation.notFound");
        signIn(firmMember);
        assertThatThrownBy(() -> evaluations.get(id)).hasMessage("evaluation.notFound");
        Person stranger = person(org.jumelage.accounts.Role.OSBL_MEMBER, java.util.Locale.FRENCH, "Autre Organisme");
        registered(stranger, "Autre organisme " + java.util.UUID.randomUUID());
        assertThat(evaluations.mine()).noneMatch(e -> e.projectId().equals(project.id()));
        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of()))
                .hasMessage("evaluation.notFound");

        signIn(coordinator);
        assertThat(evaluations.get(id).answerable()).isFalse();
        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of()))
                .hasMessage("evaluation.notYours");

        signIn(osblMember);
        assertThat(evaluations.submitSurvey(id, osblAnswers(), Map.of()).submitted()).isTrue();
    }

    @Test
    void programme_questions_follow_the_standard_part_and_are_stored_apart_from_it() {
        String programmeName = "Culture Lanaudière " + java.util.UUID.randomUUID();
        Person author = person(org.jumelage.accounts.Role.COORDINATOR, java.util.Locale.FRENCH, "Coordination Programmes");
        signIn(author);
        assertThatThrownBy(() -> programmes.create(" ", Set.of(), Set.of())).hasMessage("programme.name.required");
        ProgrammeView programme = programmes.create(programmeName, Set.of(Sector.CULTURE), Set.of(Region.LANAUDIERE));
        assertThatThrownBy(() -> programmes.addQuestion(programme.id(), "Fr", " ", QuestionType.SCALE,
                programme.version())).isInstanceOfSatisfying(ImpactException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsOnlyKeys("textEn"));
        ProgrammeView one = programmes.addQuestion(programme.id(), "Le public a-t-il grandi?", "Did the audience grow?",
                QuestionType.YES_NO, programme.version());
        assertThatThrownBy(() -> programmes.addQuestion(programme.id(), "Encore", "Again", QuestionType.TEXT,
                programme.version())).as("a stale version is refused").hasMessage("common.concurrentEdit");
        ProgrammeView two = programmes.addQuestion(programme.id(), "Quelle œuvre?", "Which work?", QuestionType.TEXT,
                one.version());
        ProgrammeView three = programmes.addQuestion(programme.id(), "Retirée", "Retired", QuestionType.SCALE,
                two.version());
        programmes.retireQuestion(programme.id(), three.questions().get(2).id(), three.version());
        signOut();

        completedProject(Sector.CULTURE, Region.LANAUDIERE, "Billetterie en ligne");
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();
        signIn(osblMember);
        EvaluationDetails details = evaluations.get(id);
        assertThat(details.questions()).extracting(ProgrammeQuestion::textEn)
                .containsExactly("Did the audience grow?", "Which work?");
        String yesNo = details.questions().get(0).id();
        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of()))
                .isInstanceOfSatisfying(ImpactException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsOnly(Map.entry("q-" + yesNo, "evaluation.programme.required")));
        assertThatThrownBy(() -> evaluations.submitSurvey(id, osblAnswers(), Map.of(yesNo, "PEUT-ÊTRE")))
                .hasMessage("evaluation.programme.invalid");
        evaluations.submitSurvey(id, osblAnswers(), Map.of(yesNo, "YES"));

        signIn(firmMember);
        assertThat(evaluations.get(mineFor(firmMember, EvaluationKind.SURVEY).id()).questions())
                .as("programme questions are for organisations").isEmpty();

        AnsweredEvaluation row = outcomes.answered(null, null, organisation.id()).stream()
                .filter(a -> a.kind() == EvaluationKind.SURVEY && a.respondent() == Respondent.OSBL).findFirst()
                .orElseThrow();
        assertThat(row.survey()).isEqualTo(osblAnswers());
        assertThat(row.programmeAnswers()).containsExactly(Map.entry(yesNo, "YES"));
    }

    @Test
    void outcomes_count_and_average_the_standard_answers_of_the_period() {
        completedProject();
        signIn(osblMember);
        evaluations.submitSurvey(mineFor(osblMember, EvaluationKind.SURVEY).id(), osblAnswers(), Map.of());
        signIn(firmMember);
        evaluations.submitSurvey(mineFor(firmMember, EvaluationKind.SURVEY).id(),
                SurveyAnswers.ofProvider(2, null, 3, null), Map.of());
        signOut();

        LocalDate today = LocalDate.now(clock.withZone(EvaluationOutcomes.ZONE));
        Outcomes o = outcomes.summary(today.minusDays(1), today.plusDays(1), organisation.id());
        assertThat(o.surveysRequested()).isEqualTo(3);
        assertThat(o.surveysAnswered()).isEqualTo(2);
        assertThat(o.organisationAnswers()).isEqualTo(1);
        assertThat(o.providerAnswers()).isEqualTo(1);
        assertThat(o.averageObjectives()).isEqualTo(3.0);
        assertThat(o.averageObjectivesByOrganisations()).isEqualTo(4.0);
        assertThat(o.averageSatisfactionOfOrganisations()).isEqualTo(5.0);
        assertThat(o.averageSatisfactionOfProviders()).isEqualTo(3.0);
        assertThat(o.staffHoursFreedPerMonth()).isEqualTo(12);
        assertThat(o.beneficiariesChange()).isEqualTo(30);
        assertThat(o.jobsEffects()).containsEntry(JobsEffect.REALLOCATED, 1L).containsEntry(JobsEffect.REDUCED, 0L);
        assertThat(o.followUpsDue()).isZero();

        Outcomes before = outcomes.summary(today.minusDays(30), today.minusDays(2), organisation.id());
        assertThat(before.surveysRequested()).isZero();
        assertThat(before.averageObjectives()).isNull();
    }
}
