package org.jumelage.impact.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.SystemActor;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmSummary;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ProviderRef;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.Respondent;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.SeatProvider;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectEvents;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.projects.ProjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks for evaluations when a project is completed, and mails them when they are due: the survey at
 * once, one reminder 7 days after a request if it is still unanswered, the follow-up 90 days after
 * completion. Every step is idempotent and safe with several nodes: a request's key is unique, and
 * each mail is sent only by whoever flips its date field from empty (a conditional update), so a
 * redelivered event or a second scheduler sends nothing twice.
 */
@Component
public class EvaluationRequests {

    public static final Duration REMINDER_AFTER = Duration.ofDays(7);
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(EvaluationRequests.class);

    private final EvaluationRequestRepository requests;
    private final ProgrammeRepository programmes;
    private final MongoTemplate mongo;
    private final EvaluationMailer mailer;
    private final ProjectHeadlines headlines;
    private final OrganisationDirectory organisations;
    private final FirmDirectory firms;
    private final AccountService accounts;
    private final HoursLedger ledger;
    private final MatchDecisions matches;
    private final SystemActor system;
    private final Clock clock;

    EvaluationRequests(EvaluationRequestRepository requests, ProgrammeRepository programmes, MongoTemplate mongo,
            EvaluationMailer mailer, ProjectHeadlines headlines, OrganisationDirectory organisations,
            FirmDirectory firms, AccountService accounts, HoursLedger ledger, MatchDecisions matches,
            SystemActor system, Clock clock) {
        this.requests = requests;
        this.programmes = programmes;
        this.mongo = mongo;
        this.mailer = mailer;
        this.headlines = headlines;
        this.organisations = organisations;
        this.firms = firms;
        this.accounts = accounts;
        this.ledger = ledger;
        this.matches = matches;
        this.system = system;
        this.clock = clock;
    }

    /**
     * The completion already happened: a failure here is logged rather than thrown back at the person
     * who completed the project; handling the event again later creates only what is missing.
     */
    @EventListener
    public void onProjectCompleted(ProjectEvents.ProjectCompleted event) {
        try {
            int created = requestFor(event.projectId(), clock.instant());
            log.info("Evaluations: {} request(s) created for completed project {}", created, event.projectId());
        } catch (RuntimeException e) {
            log.error("Evaluations for completed project {} could not be requested", event.projectId(), e);
        }
    }

    /**
     * Creates the requests of a completed project that do not exist yet: the organisation's survey
     * and follow-up, and a survey for each firm and volunteer that held hours on its seats; mails the
     * surveys. Returns how many requests were created.
     */
    public int requestFor(String projectId, Instant completedAt) {
        ProjectHeadline project = headlines.find(projectId).orElse(null);
        if (project == null || project.status() != ProjectStatus.COMPLETED) {
            return 0;
        }
        OrganisationSummary owner = organisations.find(project.organisationId()).orElse(null);
        if (owner == null) {
            return 0;
        }
        List<EvaluationRequest> wanted = new ArrayList<>();
        wanted.add(request(EvaluationKind.SURVEY, project, owner, Respondent.OSBL, owner.id(), owner.legalName(),
                completedAt, completedAt, questionsFor(owner)));
        wanted.add(request(EvaluationKind.FOLLOW_UP, project, owner, Respondent.OSBL, owner.id(), owner.legalName(),
                completedAt, completedAt.plus(FOLLOW_UP_AFTER), List.of()));
        providers(projectId).forEach((respondent, name) -> wanted.add(request(EvaluationKind.SURVEY, project, owner,
                respondent.respondent(), respondent.id(), name, completedAt, completedAt, List.of())));
        int created = 0;
        for (EvaluationRequest r : wanted) {
            if (requests.findByRequestKey(r.getRequestKey()).isPresent()) {
                continue;
            }
            try {
                requests.insert(r);
                created++;
            } catch (DuplicateKeyException e) {
                // Another node handled the same event at the same moment: its request stands.
            }
        }
        requests.findByProjectId(projectId).forEach(this::notifyIfDue);
        return created;
    }

    /** Mails every request whose day has come and that was never mailed (follow-ups, missed surveys). */
    public int sendDue() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("notifiedAt").is(null).and("submittedAt").is(null)
                .and("availableFrom").lte(now));
        int sent = 0;
        for (EvaluationRequest r : mongo.find(due, EvaluationRequest.class)) {
            if (notifyIfDue(r)) {
                sent++;
            }
        }
        return sent;
    }

    /** One reminder for each request mailed at least 7 days ago and still unanswered. */
    public int sendReminders() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("remindedAt").is(null).and("submittedAt").is(null)
                .and("notifiedAt").lte(now.minus(REMINDER_AFTER)));
        int sent = 0;
        for (EvaluationRequest r : mongo.find(due, EvaluationRequest.class)) {
            Query claim = Query.query(Criteria.where("_id").is(r.getId()).and("remindedAt").is(null)
                    .and("submittedAt").is(null));
            if (mongo.updateFirst(claim, new Update().set("remindedAt", now), EvaluationRequest.class)
                    .getModifiedCount() == 1) {
                mailer.sendReminder(r);
                sent++;
            }
        }
        return sent;
    }

    private boolean notifyIfDue(EvaluationRequest r) {
        Instant now = clock.instant();
        if (r.getNotifiedAt() != null || r.getSubmittedAt() != null || r.getAvailableFrom().isAfter(now)) {
            return false;
        }
        Query claim = Query.query(Criteria.where("_id").is(r.getId()).and("notifiedAt").is(null));
        if (mongo.updateFirst(claim, new Update().set("notifiedAt", now), EvaluationRequest.class)
                .getModifiedCount() != 1) {
            return false;
        }
        mailer.sendRequest(r);
        return true;
    }

    private record Provider(Respondent respondent, String id) {
    }

    /**
     * Firms and volunteers that held hours on the project's seats: the ledger's allocations (which an
     * accepted match writes, and which a coordinator may also make directly) and the accepted matches.
     * A firm that gave hours through several obligations or seats is asked once.
     */
    private Map<Provider, String> providers(String projectId) {
        List<ProviderRef> refs = new ArrayList<>();
        system.call(() -> ledger.linesOfProject(projectId)).stream().filter(l -> l.type() == EntryType.ALLOCATED)
                .forEach(l -> refs.add(l.provider()));
        matches.settled().stream().filter(p -> p.projectId().equals(projectId)).map(SeatProvider::provider)
                .forEach(refs::add);
        Map<Provider, String> found = new LinkedHashMap<>();
        for (ProviderRef ref : refs) {
            if (ref.kind() == ProviderRef.Kind.VOLUNTEER) {
                Provider p = new Provider(Respondent.VOLUNTEER, ref.id());
                if (!found.containsKey(p)) {
                    found.put(p, accounts.find(ref.id()).map(UserSummary::displayName).orElse(""));
                }
            } else {
                firms.firmOfObligation(ref.id()).ifPresent(firmId -> {
                    Provider p = new Provider(Respondent.FIRM, firmId);
                    if (!found.containsKey(p)) {
                        found.put(p, firms.find(firmId).map(FirmSummary::name).orElse(""));
                    }
                });
            }
        }
        return found;
    }

    /** The programme questions for the organisation's projects, fixed when the survey is requested. */
    private List<ProgrammeQuestion> questionsFor(OrganisationSummary owner) {
        List<ProgrammeQuestion> questions = new ArrayList<>();
        for (Programme p : programmes.findAllByOrderByNameAsc()) {
            var view = p.toView();
            if (view.appliesTo(owner.sector(), owner.region())) {
                view.questions().stream().filter(q -> !q.retired()).forEach(questions::add);
            }
        }
        return questions;
    }

    private static EvaluationRequest request(EvaluationKind kind, ProjectHeadline project, OrganisationSummary owner,
            Respondent respondent, String respondentId, String respondentName, Instant completedAt,
            Instant availableFrom, List<ProgrammeQuestion> questions) {
        return new EvaluationRequest(kind, project.id(), project.title(), owner.id(), owner.legalName(),
                owner.sector(), owner.region(), respondent, respondentId, respondentName, completedAt, availableFrom,
                questions);
    }

    Optional<EvaluationRequest> find(String id) {
        return requests.findById(id == null ? "" : id);
    }
}
