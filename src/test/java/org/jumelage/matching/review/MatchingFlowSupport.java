package org.jumelage.matching.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.Reason;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/** An open project, a verified firm with an obligation, a volunteer, and proposals recorded as a run would. */
public abstract class MatchingFlowSupport extends FirmsTestSupport {

    /** One coordinator for all: every coordinator is mailed on each project submission. */
    protected static Person coordinator;

    @Autowired
    protected MatchDecisions decisions;
    @Autowired
    protected MatchReview matchReview;
    @Autowired
    protected OfferService offers;

    protected Person osblMember;
    protected Person firmMember;
    protected Person volunteer;
    protected OrganisationDetails organisation;
    protected FirmDetails firm;
    protected ObligationView obligation;
    protected ProjectView project;

    protected void setUpWorld(Locale providerLanguage) {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie Coordonnatrice");
        }
        firmMember = person(Role.FIRM_MEMBER, providerLanguage, "Félix Firme");
        firm = verifiedFirmOf(firmMember, "Boréal Données");
        obligation = obligations.declare(firm.id(), obligation(200, today().minusDays(10), today().plusDays(300)));
        volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Valérie Bénévole");
        osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga Organisme");
        organisation = registered(osblMember, "Maison du quartier " + UUID.randomUUID());
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(osblMember);
        ProjectView draft = projects.create(draft("Tableau de bord alimentaire"));
        ProjectView sent = projects.submit(draft.id(), draft.version());
        signIn(coordinator);
        project = projects.approve(sent.id(), "Bien cadré", sent.version());
        signOut();
    }

    protected static ProjectDraft draft(String title) {
        return new ProjectDraft(title, "Un résumé clair du projet.", "Le problème.", "Le résultat.",
                ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 6, 30), Priority.NORMAL, "",
                List.of(new SeatSpec(null, "Analyste de données", List.of(new RequiredSkill("data.power-bi",
                        SkillLevel.ADVANCED)), 60, ProviderKind.EITHER, true, null, WorkingLanguage.FRENCH)),
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Codes postaux seulement", "Un an", "Biais de langue vérifié", "Révision humaine"));
    }

    protected String seatId() {
        return project.content().seats().get(0).id();
    }

    protected ProviderRef firmProvider() {
        return ProviderRef.obligation(obligation.id());
    }

    protected static List<Reason> reasons() {
        return List.of(Reason.of("matchreason.skills", Reason.skillLevels(
                List.of(new RequiredSkill("data.power-bi", SkillLevel.ADVANCED)), code -> SkillLevel.EXPERT)),
                Reason.of("matchreason.hoursFit", 60, 200, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 29)),
                Reason.penalty("matchreason.penalty.distance", Region.SAGUENAY_LAC_SAINT_JEAN));
    }

    /** Records a run proposing the provider for the project's seat; returns the run id. */
    protected String recordProposal(ProviderRef provider) {
        String runId = "run-" + UUID.randomUUID();
        decisions.recordRun(runId, List.of(new ProposedMatch(project.id(), seatId(), provider, 60, reasons())),
                List.of());
        return runId;
    }

    protected String recordOpenSeat() {
        String runId = "run-" + UUID.randomUUID();
        decisions.recordRun(runId, List.of(), List.of(new OpenSeat(project.id(), seatId(), 60,
                List.of(Reason.penalty("matchreason.open.skills", 4, 5, Reason.skill("data.power-bi"),
                        SkillLevel.ADVANCED)))));
        return runId;
    }

    /** The run's only proposal, approved by the coordinator (which sends the offers). */
    protected MatchView approvedProposal(ProviderRef provider) {
        String runId = recordProposal(provider);
        signIn(coordinator);
        MatchView proposed = matchReview.proposals(runId).get(0);
        MatchView approved = matchReview.approve(proposed.id(), proposed.version());
        signOut();
        return approved;
    }
}
