package org.jumelage.impact;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.firms.ProviderRef;
import org.jumelage.impact.internal.EvaluationRequestRepository;
import org.jumelage.impact.internal.EvaluationRequests;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.review.MatchingFlowSupport;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A project completed for real: an organisation (in the sector and region asked for) posts it, a
 * coordinator approves it, a firm's match is accepted by both sides (the ledger allocates its hours),
 * a coordinator also allocates hours of a volunteer on the seat, the organisation starts and
 * completes it — which publishes the completion event the evaluations listen to.
 */
public abstract class ImpactTestSupport extends MatchingFlowSupport {

    @Autowired
    protected Evaluations evaluations;
    @Autowired
    protected EvaluationProgrammes programmes;
    @Autowired
    protected EvaluationOutcomes outcomes;
    @Autowired
    protected EvaluationRequests evaluationRequests;
    @Autowired
    protected EvaluationRequestRepository requestRepository;
    @Autowired
    protected MongoTemplate mongo;

    /** A completed project of a Saguenay social-work organisation, the firm member answering in English. */
    protected void completedProject() {
        completedProject(Sector.SOCIAL_WORK, Region.SAGUENAY_LAC_SAINT_JEAN, "Tableau de bord alimentaire");
    }

    protected void completedProject(Sector sector, Region region, String title) {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie Coordonnatrice");
        }
        firmMember = person(Role.FIRM_MEMBER, Locale.ENGLISH, "Felix Firm");
        firm = verifiedFirmOf(firmMember, "Boréal Données");
        obligation = obligations.declare(firm.id(), obligation(200, today().minusDays(10), today().plusDays(300)));
        volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Valérie Bénévole");
        osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga Organisme");
        signIn(osblMember);
        OrganisationProfile p = profile("Maison du quartier " + UUID.randomUUID(), uniqueNeq());
        organisation = service.register(new OrganisationProfile(p.legalName(), p.neq(), sector, region, p.street(),
                p.city(), p.postalCode(), p.employees(), p.volunteers(), p.budget(), p.description(), p.website()));
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(osblMember);
        ProjectView draft = projects.create(draft(title));
        ProjectView sent = projects.submit(draft.id(), draft.version());
        signIn(coordinator);
        project = projects.approve(sent.id(), "Bien cadré", sent.version());
        signOut();

        MatchView offered = approvedProposal(firmProvider());
        signIn(firmMember);
        offers.accept(offered.id());
        signIn(osblMember);
        offers.accept(offered.id());
        signIn(coordinator);
        ledger.allocate(ProviderRef.volunteer(volunteer.id()), project.id(), seatId(), 10, key());
        signIn(osblMember);
        ProjectView matched = projects.get(project.id());
        ProjectView started = projects.startWork(matched.id(), matched.version());
        project = projects.complete(started.id(), started.version());
        signOut();
    }

    /** The one evaluation of this project the person sees in their list, of the kind; the person stays signed in. */
    protected EvaluationSummary mineFor(Person person, EvaluationKind kind) {
        signIn(person);
        List<EvaluationSummary> mine = evaluations.mine().stream()
                .filter(e -> e.projectId().equals(project.id()) && e.kind() == kind).toList();
        if (mine.size() != 1) {
            throw new AssertionError("expected one " + kind + " for " + person.email() + ", found " + mine);
        }
        return mine.get(0);
    }

    /** Messages stored in the outbox for the person from this template (whatever their delivery state). */
    protected long outboxCount(Person person, String template) {
        return mongo.count(Query.query(Criteria.where("recipient").is(person.email()).and("template").is(template)),
                "outbox");
    }

    protected static SurveyAnswers osblAnswers() {
        return new SurveyAnswers(4, 12, "Accompagner plus de familles.", JobsEffect.REALLOCATED, 30,
                "Lire un tableau de bord.", 5, "Merci!");
    }
}
