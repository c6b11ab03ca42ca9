package org.jumelage.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.jumelage.accounts.AccountAdministration;
import org.jumelage.accounts.AccountRetention;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.Consents;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.RegistrationCommand;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.documents.Verifications;
import org.jumelage.firms.ExpiringObligations;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmMembership;
import org.jumelage.firms.FirmReview;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.impact.EvaluationProgrammes;
import org.jumelage.impact.Evaluations;
import org.jumelage.impact.ProgrammeView;
import org.jumelage.impact.QuestionType;
import org.jumelage.impact.dashboard.Dashboards;
import org.jumelage.impact.dashboard.OpenData;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.matching.Reason;
import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.matching.review.MatchReview;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.matching.runs.MatchingRuns;
import org.jumelage.matching.runs.RunScope;
import org.jumelage.notifications.OutboxAdministration;
import org.jumelage.notifications.OutboxFilter;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationFilter;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.OrganisationService;
import org.jumelage.privacy.Erasure;
import org.jumelage.privacy.IncidentCommand;
import org.jumelage.privacy.IncidentRegister;
import org.jumelage.privacy.IncidentView;
import org.jumelage.privacy.MyData;
import org.jumelage.privacy.RetentionRules;
import org.jumelage.projects.CatalogueQuery;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ReviewFilter;
import org.jumelage.reports.Attestations;
import org.jumelage.reports.ComplianceReports;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.i18n.TranslationProvider;
import org.jumelage.shared.skills.SkillAdministration;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.training.Certificates;
import org.jumelage.training.CourseAuthoring;
import org.jumelage.training.CourseBundles;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.Learning;
import org.jumelage.training.QuizAttemptResets;
import org.jumelage.training.ScopingWaivers;
import org.jumelage.training.TrainingReports;
import org.jumelage.volunteers.VolunteerFilter;
import org.jumelage.volunteers.VolunteerSearch;
import org.jumelage.volunteers.VolunteerService;
import org.jumelage.volunteers.VolunteerProfileDetails;

/**
 * How to call each public service method of the matrix: signature to a call that builds its arguments from
 * the {@link World}, with new records where the call changes them (so that each allowed actor meets the
 * record in the state the call needs). Each call runs as the actor under test.
 */
final class ServiceInvokers {

    private ServiceInvokers() {
    }

    static Map<String, Function<World, Object>> all() {
        Map<String, Function<World, Object>> m = new LinkedHashMap<>();
        accounts(m);
        organisations(m);
        projects(m);
        firms(m);
        hours(m);
        matching(m);
        training(m);
        impact(m);
        privacy(m);
        others(m);
        return m;
    }

    /**
     * A call whose only expected refusal for an allowed actor is one that does not depend on who asks (an
     * unknown token, say): that refusal counts as an answer, any other refusal still counts as refused.
     */
    static Object answeredOr(String messageKey, Supplier<Object> call) {
        return answeredOr(Set.of(messageKey), call);
    }

    static Object answeredOr(Set<String> messageKeys, Supplier<Object> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            String key = AuthorisationMatrixTest.messageKey(e);
            if (key != null && messageKeys.contains(key)) {
                return key;
            }
            throw e;
        }
    }

    private static void accounts(Map<String, Function<World, Object>> m) {
        m.put("AccountAdministration#search(String,int,int)", w -> w.bean(AccountAdministration.class).search("", 0, 5));
        m.put("AccountAdministration#count(String)", w -> w.bean(AccountAdministration.class).count(""));
        m.put("AccountAdministration#changeRoles(String,Set,long)", w -> {
            UserSummary someone = w.newAccount();
            return w.bean(AccountAdministration.class).changeRoles(someone.id(), Set.of(Role.OSBL_MEMBER),
                    someone.version());
        });
        m.put("AccountAdministration#setEnabled(String,boolean,long)", w -> {
            UserSummary someone = w.newAccount();
            return w.bean(AccountAdministration.class).setEnabled(someone.id(), false, someone.version());
        });
        m.put("AccountRetention#confirmOwnPassword(String)", w -> {
            w.bean(AccountRetention.class).confirmOwnPassword(org.jumelage.support.TestAccounts.PASSWORD);
            return null;
        });
        m.put("AccountRetention#unverifiedOpenedBefore(Instant)",
                w -> w.bean(AccountRetention.class).unverifiedOpenedBefore(Instant.EPOCH));
        m.put("AccountRetention#deleteIfUnverified(String)",
                w -> w.bean(AccountRetention.class).deleteIfUnverified(w.volunteer.id()));
        m.put("AccountRetention#volunteersInactiveSince(Instant)",
                w -> w.bean(AccountRetention.class).volunteersInactiveSince(Instant.EPOCH));
        m.put("AccountRetention#markReminded(String,Instant)", w -> {
            w.bean(AccountRetention.class).markReminded(w.newAccount().id(), w.clock.instant());
            return null;
        });
        m.put("AccountService#register(RegistrationCommand)", w -> {
            w.bean(AccountService.class).register(new RegistrationCommand(World.newAddress(), "Nouvelle Personne",
                    "Un mot de passe assez long 2026!", Locale.FRENCH, org.jumelage.accounts.AccountType.VOLUNTEER,
                    ConsentPurpose.requiredOnes()));
            return null;
        });
        m.put("AccountService#resendVerification(String)", w -> {
            w.bean(AccountService.class).resendVerification(World.newAddress());
            return null;
        });
        m.put("AccountService#verifyEmail(String)", w -> w.bean(AccountService.class).verifyEmail("unknown-token"));
        m.put("AccountService#requestPasswordReset(String)", w -> {
            w.bean(AccountService.class).requestPasswordReset(World.newAddress());
            return null;
        });
        m.put("AccountService#isResetTokenUsable(String)",
                w -> w.bean(AccountService.class).isResetTokenUsable("unknown-token"));
        m.put("AccountService#resetPassword(String,String)", w -> answeredOr("reset.invalid",
                () -> {
                    w.bean(AccountService.class).resetPassword("unknown-token", "Un mot de passe assez long 2026!");
                    return null;
                }));
        m.put("AccountService#me()", w -> w.bean(AccountService.class).me());
        m.put("AccountService#changeLanguage(Locale)", w -> w.bean(AccountService.class).changeLanguage(Locale.FRENCH));
        m.put("AccountService#changeDisplayName(String,long)", w -> {
            UserSummary me = w.bean(AccountService.class).me();
            return w.bean(AccountService.class).changeDisplayName(me.displayName(), me.version());
        });
        m.put("AccountService#changePassword(String,String)", w -> {
            w.bean(AccountService.class).changePassword(org.jumelage.support.TestAccounts.PASSWORD,
                    org.jumelage.support.TestAccounts.PASSWORD);
            return null;
        });
        m.put("Consents#mine()", w -> w.bean(Consents.class).mine());
        m.put("Consents#give(Set)", w -> w.bean(Consents.class).give(ConsentPurpose.requiredOnes()));
        m.put("Consents#myHistory()", w -> w.bean(Consents.class).myHistory());
        m.put("CurrentUser#id()", w -> w.bean(CurrentUser.class).id());
        m.put("CurrentUser#requireId()", w -> w.bean(CurrentUser.class).requireId());
        m.put("CurrentUser#isSignedIn()", w -> w.bean(CurrentUser.class).isSignedIn());
        m.put("CurrentUser#hasRole(Role)", w -> w.bean(CurrentUser.class).hasRole(Role.ADMIN));
        m.put("PrivacyPolicy#version()", w -> w.bean(PrivacyPolicy.class).version());
        m.put("PrivacyPolicy#effective()", w -> w.bean(PrivacyPolicy.class).effective());
        m.put("PrivacyPolicy#text(Locale)", w -> w.bean(PrivacyPolicy.class).text(Locale.FRENCH));
    }

    private static void organisations(Map<String, Function<World, Object>> m) {
        m.put("OrganisationService#mine()", w -> w.bean(OrganisationService.class).mine());
        // A person belongs to one organisation: register as a new person of the actor's role.
        m.put("OrganisationService#register(OrganisationProfile)", w -> w.asThrowawayOf(() -> w
                .bean(OrganisationService.class).register(World.organisationProfile("Nouvel organisme " + World.key()))));
        m.put("OrganisationService#get(String)", w -> w.bean(OrganisationService.class).get(w.organisation.id()));
        m.put("OrganisationService#update(String,OrganisationProfile,long)", w -> {
            OrganisationDetails now = w.as(Actor.COORDINATOR,
                    () -> w.bean(OrganisationService.class).get(w.organisation.id()));
            return w.bean(OrganisationService.class).update(now.id(), now.profile(), now.version());
        });
        m.put("OrganisationService#members(String)", w -> w.bean(OrganisationService.class).members(w.organisation.id()));
        m.put("OrganisationService#removeMember(String,String,long)", w -> {
            OrganisationDetails now = w.as(Actor.COORDINATOR,
                    () -> w.bean(OrganisationService.class).get(w.organisation.id()));
            // Removing the administrator is refused whoever asks; a stranger's id shows whether the check of
            // who asks comes first.
            return answeredOr("organisation.members.notMember", () -> w.bean(OrganisationService.class)
                    .removeMember(now.id(), w.volunteer.id(), now.version()));
        });
        m.put("OrganisationService#invite(String,String)",
                w -> w.bean(OrganisationService.class).invite(w.organisation.id(), World.newAddress()));
        m.put("OrganisationService#invitations(String)",
                w -> w.bean(OrganisationService.class).invitations(w.organisation.id()));
        m.put("OrganisationService#revokeInvitation(String)", w -> {
            String id = w.as(Actor.OSBL, () -> w.bean(OrganisationService.class).invite(w.organisation.id(),
                    World.newAddress())).id();
            w.bean(OrganisationService.class).revokeInvitation(id);
            return null;
        });
        m.put("OrganisationService#previewInvitation(String)",
                w -> w.bean(OrganisationService.class).previewInvitation("unknown-token"));
        m.put("OrganisationService#acceptInvitation(String)", w -> answeredOr("invitation.invalid",
                () -> w.bean(OrganisationService.class).acceptInvitation("unknown-token")));
        m.put("OrganisationReview#search(OrganisationFilter,int,int)",
                w -> w.bean(OrganisationReview.class).search(OrganisationFilter.all(), 0, 5));
        m.put("OrganisationReview#count(OrganisationFilter)",
                w -> w.bean(OrganisationReview.class).count(OrganisationFilter.all()));
        m.put("OrganisationReview#get(String)", w -> w.bean(OrganisationReview.class).get(w.organisation.id()));
        m.put("OrganisationReview#members(String)", w -> w.bean(OrganisationReview.class).members(w.organisation.id()));
        m.put("OrganisationReview#verify(String,long)", w -> {
            OrganisationDetails pending = w.pendingOrganisation();
            return w.bean(OrganisationReview.class).verify(pending.id(), pending.version());
        });
        m.put("OrganisationReview#reject(String,String,long)", w -> {
            OrganisationDetails pending = w.pendingOrganisation();
            return w.bean(OrganisationReview.class).reject(pending.id(), "Pièces manquantes", pending.version());
        });
    }

    private static void projects(Map<String, Function<World, Object>> m) {
        m.put("ProjectService#create(ProjectDraft)",
                w -> w.bean(ProjectService.class).create(World.projectDraft("Nouveau projet " + World.key())));
        m.put("ProjectService#saveDraft(String,ProjectDraft,long)", w -> {
            ProjectView d = w.newDraft();
            return w.bean(ProjectService.class).saveDraft(d.id(), d.content(), d.version());
        });
        m.put("ProjectService#submit(String,long)", w -> {
            ProjectView d = w.newDraft();
            return w.bean(ProjectService.class).submit(d.id(), d.version());
        });
        m.put("ProjectService#mine(ProjectStatus)", w -> w.bean(ProjectService.class).mine(ProjectStatus.DRAFT));
        m.put("ProjectService#get(String)", w -> w.bean(ProjectService.class).get(w.draft().id()));
        m.put("ProjectService#approve(String,String,long)", w -> {
            ProjectView p = w.submittedProject();
            return w.bean(ProjectService.class).approve(p.id(), "Bien cadré", p.version());
        });
        m.put("ProjectService#requestChanges(String,String,long)", w -> {
            ProjectView p = w.submittedProject();
            return w.bean(ProjectService.class).requestChanges(p.id(), "Préciser les données", p.version());
        });
        m.put("ProjectService#reject(String,String,long)", w -> {
            ProjectView p = w.submittedProject();
            return w.bean(ProjectService.class).reject(p.id(), "Hors mission", p.version());
        });
        m.put("ProjectService#markMatched(String,long)", w -> {
            ProjectView p = w.approvedProject("Projet jumelé");
            return w.bean(ProjectService.class).markMatched(p.id(), p.version());
        });
        m.put("ProjectService#reviewQueue(ReviewFilter,int,int)", w -> w.bean(ProjectService.class)
                .reviewQueue(new ReviewFilter(ProjectStatus.SUBMITTED, null, null), 0, 5));
        m.put("ProjectService#countReviewQueue(ReviewFilter)", w -> w.bean(ProjectService.class)
                .countReviewQueue(new ReviewFilter(ProjectStatus.SUBMITTED, null, null)));
        m.put("ProjectService#startWork(String,long)", w -> {
            ProjectView p = w.matchedProject("Projet démarré");
            return w.bean(ProjectService.class).startWork(p.id(), p.version());
        });
        m.put("ProjectService#complete(String,long)", w -> {
            ProjectView p = w.matchedProject("Projet terminé");
            ProjectView started = w.as(Actor.COORDINATOR,
                    () -> w.bean(ProjectService.class).startWork(p.id(), p.version()));
            return w.bean(ProjectService.class).complete(started.id(), started.version());
        });
        m.put("ProjectService#cancel(String,String,long)", w -> {
            ProjectView p = w.approvedProject("Projet annulé");
            return w.bean(ProjectService.class).cancel(p.id(), "Plus de financement", p.version());
        });
        m.put("ProjectService#catalogue(CatalogueQuery,int,int)",
                w -> w.bean(ProjectService.class).catalogue(CatalogueQuery.all(), 0, 5));
        m.put("ProjectService#countCatalogue(CatalogueQuery)",
                w -> w.bean(ProjectService.class).countCatalogue(CatalogueQuery.all()));
    }

    private static void firms(Map<String, Function<World, Object>> m) {
        m.put("FirmService#mine()", w -> w.bean(FirmService.class).mine());
        m.put("FirmService#register(FirmProfile)", w -> w.asThrowawayOf(
                () -> w.bean(FirmService.class).register(World.firmProfile("Nouvelle firme " + World.key()))));
        m.put("FirmService#get(String)", w -> w.bean(FirmService.class).get(w.firm.id()));
        m.put("FirmService#update(String,FirmProfile,long)", w -> {
            FirmDetails now = w.as(Actor.COORDINATOR, () -> w.bean(FirmService.class).get(w.firm.id()));
            return w.bean(FirmService.class).update(now.id(), now.profile(), now.version());
        });
        m.put("FirmService#publishFulfilment(String,boolean,long)", w -> {
            FirmDetails now = w.as(Actor.COORDINATOR, () -> w.bean(FirmService.class).get(w.firm.id()));
            return w.bean(FirmService.class).publishFulfilment(now.id(), true, now.version());
        });
        m.put("FirmService#members(String)", w -> w.bean(FirmService.class).members(w.firm.id()));
        m.put("FirmMembership#roster(String)", w -> w.bean(FirmMembership.class).roster(w.firm.id()));
        m.put("FirmMembership#invite(String,String)",
                w -> w.bean(FirmMembership.class).invite(w.firm.id(), World.newAddress()));
        m.put("FirmMembership#revokeInvitation(String)", w -> {
            String id = w.as(Actor.FIRM, () -> w.bean(FirmMembership.class).invite(w.firm.id(), World.newAddress())).id();
            w.bean(FirmMembership.class).revokeInvitation(id);
            return null;
        });
        m.put("FirmMembership#removeMember(String,String,long)", w -> {
            FirmDetails now = w.as(Actor.COORDINATOR, () -> w.bean(FirmService.class).get(w.firm.id()));
            return answeredOr("firm.members.notMember", () -> w.bean(FirmMembership.class)
                    .removeMember(now.id(), w.volunteer.id(), now.version()));
        });
        m.put("FirmMembership#previewInvitation(String)",
                w -> w.bean(FirmMembership.class).previewInvitation("unknown-token"));
        m.put("FirmMembership#acceptInvitation(String)", w -> answeredOr("firminvitation.invalid",
                () -> w.bean(FirmMembership.class).acceptInvitation("unknown-token")));
        m.put("FirmReview#search(FirmStatus,int,int)", w -> w.bean(FirmReview.class).search(FirmStatus.PENDING, 0, 5));
        m.put("FirmReview#search(FirmStatus,String,int,int)",
                w -> w.bean(FirmReview.class).search(FirmStatus.PENDING, "firme", 0, 5));
        m.put("FirmReview#count(FirmStatus)", w -> w.bean(FirmReview.class).count(FirmStatus.PENDING));
        m.put("FirmReview#count(FirmStatus,String)", w -> w.bean(FirmReview.class).count(FirmStatus.PENDING, "firme"));
        m.put("FirmReview#get(String)", w -> w.bean(FirmReview.class).get(w.firm.id()));
        m.put("FirmReview#members(String)", w -> w.bean(FirmReview.class).members(w.firm.id()));
        m.put("FirmReview#verify(String,long)", w -> {
            FirmDetails pending = w.pendingFirm();
            return w.bean(FirmReview.class).verify(pending.id(), pending.version());
        });
        m.put("FirmReview#reject(String,String,long)", w -> {
            FirmDetails pending = w.pendingFirm();
            return w.bean(FirmReview.class).reject(pending.id(), "NEQ introuvable", pending.version());
        });
        m.put("ObligationService#declare(String,ObligationCommand)",
                w -> w.bean(ObligationService.class).declare(w.firm.id(), w.obligationCommand(20)));
        m.put("ObligationService#update(String,ObligationCommand,long)", w -> {
            ObligationView o = w.newObligation();
            return w.bean(ObligationService.class).update(o.id(), w.obligationCommand(30), o.version());
        });
        m.put("ObligationService#cancel(String,long)", w -> {
            ObligationView o = w.newObligation();
            return w.bean(ObligationService.class).cancel(o.id(), o.version());
        });
        m.put("ObligationService#ofFirm(String)", w -> w.bean(ObligationService.class).ofFirm(w.firm.id()));
        m.put("ObligationService#ofFirmFromSummary(String)",
                w -> w.bean(ObligationService.class).ofFirmFromSummary(w.firm.id()));
        m.put("ExpiringObligations#within(int)", w -> w.bean(ExpiringObligations.class).within(30));
    }

    private static void hours(Map<String, Function<World, Object>> m) {
        m.put("HoursLedger#allocate(ProviderRef,String,String,int,String)", w -> {
            ProjectView p = w.approvedProject("Projet alloué");
            return w.bean(HoursLedger.class).allocate(w.firmProvider(), p.id(), World.seatOf(p), 5, World.key());
        });
        m.put("HoursLedger#log(ProviderRef,String,String,LocalDate,int,String,String)",
                w -> w.bean(HoursLedger.class).log(w.firmProvider(), w.project.id(), World.seatOf(w.project),
                        LocalDate.now(w.clock).minusDays(1), 1, "Atelier", World.key()));
        m.put("HoursLedger#confirm(String,String,String)",
                w -> w.bean(HoursLedger.class).confirm(w.loggedHours().id(), "Merci", World.key()));
        m.put("HoursLedger#dispute(String,String,String)",
                w -> w.bean(HoursLedger.class).dispute(w.loggedHours().id(), "Pas eu lieu", World.key()));
        m.put("HoursLedger#release(ProviderRef,String,String,String)", w -> {
            ProjectView p = w.approvedProject("Projet libéré");
            w.as(Actor.COORDINATOR, () -> w.bean(HoursLedger.class).allocate(w.firmProvider(), p.id(), World.seatOf(p),
                    5, World.key()));
            return w.bean(HoursLedger.class).release(w.firmProvider(), p.id(), World.seatOf(p), World.key());
        });
        m.put("HoursLedger#expire(String)", w -> w.bean(HoursLedger.class).expire(w.newObligation().id()));
        m.put("HoursLedger#adjust(ProviderRef,String,String,int,String,String)",
                w -> w.bean(HoursLedger.class).adjust(w.firmProvider(), w.project.id(), World.seatOf(w.project), 1,
                        "Correction d’une saisie", World.key()));
        m.put("HoursLedger#balances(ProviderRef)", w -> w.bean(HoursLedger.class).balances(w.firmProvider()));
        m.put("HoursLedger#lines(ProviderRef)", w -> w.bean(HoursLedger.class).lines(w.firmProvider()));
        m.put("HoursLedger#firmBalances(String)", w -> w.bean(HoursLedger.class).firmBalances(w.firm.id()));
        m.put("HoursLedger#linesOfProject(String)", w -> w.bean(HoursLedger.class).linesOfProject(w.project.id()));
        m.put("HoursOverview#seatsOfFirm(String)", w -> w.bean(HoursOverview.class).seatsOfFirm(w.firm.id()));
        m.put("HoursOverview#seatsOfVolunteer()", w -> w.bean(HoursOverview.class).seatsOfVolunteer());
        m.put("HoursOverview#balancesOfVolunteer()", w -> w.bean(HoursOverview.class).balancesOfVolunteer());
        m.put("HoursOverview#linesOfObligation(String)",
                w -> w.bean(HoursOverview.class).linesOfObligation(w.obligation.id()));
        m.put("HoursOverview#awaitingConfirmation()", w -> w.bean(HoursOverview.class).awaitingConfirmation());
    }

    private static void matching(Map<String, Function<World, Object>> m) {
        m.put("MatchReview#latestRunWithProposals()", w -> w.bean(MatchReview.class).latestRunWithProposals());
        m.put("MatchReview#proposals(String)", w -> w.bean(MatchReview.class).proposals(w.match.runId()));
        m.put("MatchReview#openSeats(String)", w -> w.bean(MatchReview.class).openSeats(w.match.runId()));
        m.put("MatchReview#approve(String,long)", w -> {
            MatchView p = w.proposal();
            return w.bean(MatchReview.class).approve(p.id(), p.version());
        });
        m.put("MatchReview#reject(String,String,long)", w -> {
            MatchView p = w.proposal();
            return w.bean(MatchReview.class).reject(p.id(), "Autre priorité", p.version());
        });
        m.put("MatchReview#approveAll(String)", w -> w.bean(MatchReview.class).approveAll(w.proposal().runId()));
        m.put("OfferService#myOffers()", w -> w.bean(OfferService.class).myOffers());
        m.put("OfferService#byToken(String)", w -> w.bean(OfferService.class).byToken("unknown-token"));
        m.put("OfferService#mySide(String)", w -> w.bean(OfferService.class).mySide(w.match.id()));
        m.put("OfferService#accept(String)", w -> w.bean(OfferService.class).accept(w.offer().id()));
        m.put("OfferService#decline(String,String)",
                w -> w.bean(OfferService.class).decline(w.offer().id(), "Pas disponible"));
        m.put("MatchingRuns#start(RunScope)", w -> startAndStop(w, () -> w.bean(MatchingRuns.class)
                .start(RunScope.region(Region.NORD_DU_QUEBEC))));
        m.put("MatchingRuns#start(RunScope,Integer)", w -> startAndStop(w, () -> w.bean(MatchingRuns.class)
                .start(RunScope.region(Region.NORD_DU_QUEBEC), 1)));
        m.put("MatchingRuns#restart(String)", w -> {
            MatchingRun stopped = w.as(Actor.COORDINATOR, () -> startAndStop(w, () -> w.bean(MatchingRuns.class)
                    .start(RunScope.region(Region.NORD_DU_QUEBEC), 1)));
            return answeredOr("matchingRun.notRestartable",
                    () -> startAndStop(w, () -> w.bean(MatchingRuns.class).restart(stopped.getId())));
        });
        m.put("MatchingRuns#stop(String)", w -> answeredOr("matchingRun.notFound", () -> {
            w.bean(MatchingRuns.class).stop("no-such-run");
            return null;
        }));
        m.put("MatchingRuns#recent(int)", w -> w.bean(MatchingRuns.class).recent(5));
        m.put("MatchingRuns#find(String)", w -> w.bean(MatchingRuns.class).find(w.match.runId()));
        m.put("MatchingRuns#activeRunId()", w -> w.bean(MatchingRuns.class).activeRunId());
        m.put("MatchingRuns#subscribe(Consumer)", w -> {
            Runnable unsubscribe = w.bean(MatchingRuns.class).subscribe(progress -> { });
            unsubscribe.run();
            return null;
        });
    }

    /** Starts a run when none is active, waits for it to end (stopping it), and returns it. */
    private static MatchingRun startAndStop(World w, Supplier<MatchingRun> start) {
        MatchingRuns runs = w.bean(MatchingRuns.class);
        waitForNoActiveRun(runs);
        MatchingRun run = start.get();
        // A one-second run may end by itself before it is stopped.
        w.as(Actor.COORDINATOR, () -> answeredOr("matchingRun.notRunning", () -> {
            runs.stop(run.getId());
            return null;
        }));
        waitForNoActiveRun(runs);
        return run;
    }

    private static void waitForNoActiveRun(MatchingRuns runs) {
        Awaitility.await("no active matching run").pollInSameThread().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> runs.activeRunId().isEmpty());
    }

    private static void training(Map<String, Function<World, Object>> m) {
        String code = World.Courses.CODE;
        m.put("Learning#catalogue(Audience,String,CourseLevel)", w -> w.bean(Learning.class).catalogue(null, null, null));
        m.put("Learning#course(String)", w -> w.bean(Learning.class).course(code));
        m.put("Learning#enrol(String)", w -> w.bean(Learning.class).enrol(code));
        m.put("Learning#visit(String,String)", w -> {
            w.bean(Learning.class).enrol(code);
            return w.bean(Learning.class).visit(code, World.Courses.LESSON);
        });
        m.put("Learning#markRead(String,String)", w -> {
            w.bean(Learning.class).enrol(code);
            return w.bean(Learning.class).markRead(code, World.Courses.LESSON);
        });
        m.put("Learning#submitQuiz(String,String,Map)", w -> {
            w.bean(Learning.class).enrol(code);
            return w.bean(Learning.class).submitQuiz(code, World.Courses.MODULE, Map.of());
        });
        m.put("Learning#myLearning()", w -> w.bean(Learning.class).myLearning());
        m.put("Learning#canAuthor()", w -> w.bean(Learning.class).canAuthor());
        m.put("Certificates#pdf(String,Locale)", w -> answeredOr("training.certificate.notCompleted",
                () -> w.bean(Certificates.class).pdf(code, Locale.FRENCH)));
        m.put("CourseAuthoring#courses()", w -> w.bean(CourseAuthoring.class).courses());
        m.put("CourseAuthoring#versions(String)", w -> w.bean(CourseAuthoring.class).versions(code));
        m.put("CourseAuthoring#get(String)", w -> w.bean(CourseAuthoring.class).get(publishedCourse(w).id()));
        m.put("CourseAuthoring#create(CourseContent)", w -> w.bean(CourseAuthoring.class).create(newCourse(w)));
        m.put("CourseAuthoring#saveDraft(String,CourseContent,long)", w -> {
            CourseVersion draft = w.as(Actor.COORDINATOR, () -> w.bean(CourseAuthoring.class).create(newCourse(w)));
            return w.bean(CourseAuthoring.class).saveDraft(draft.id(), w.as(Actor.COORDINATOR,
                    () -> CourseBundles.read(w.bean(CourseAuthoring.class).exportBundle(draft.id()))), draft.version());
        });
        m.put("CourseAuthoring#edit(String)", w -> {
            CourseVersion published = w.as(Actor.COORDINATOR, () -> publishedNewCourse(w));
            return w.bean(CourseAuthoring.class).edit(published.code());
        });
        m.put("CourseAuthoring#publish(String,long)", w -> {
            CourseVersion draft = w.as(Actor.COORDINATOR, () -> w.bean(CourseAuthoring.class).create(newCourse(w)));
            return w.bean(CourseAuthoring.class).publish(draft.id(), draft.version());
        });
        m.put("CourseAuthoring#unpublish(String,long)", w -> {
            CourseVersion published = w.as(Actor.COORDINATOR, () -> publishedNewCourse(w));
            return w.bean(CourseAuthoring.class).unpublish(published.id(), published.version());
        });
        m.put("CourseAuthoring#republish(String,long)", w -> {
            CourseVersion withdrawn = w.as(Actor.COORDINATOR, () -> {
                CourseVersion published = publishedNewCourse(w);
                return w.bean(CourseAuthoring.class).unpublish(published.id(), published.version());
            });
            return w.bean(CourseAuthoring.class).republish(withdrawn.id(), withdrawn.version());
        });
        m.put("CourseAuthoring#importBundle(byte[])",
                w -> w.bean(CourseAuthoring.class).importBundle(CourseBundles.write(newCourse(w))));
        m.put("CourseAuthoring#exportBundle(String)",
                w -> w.bean(CourseAuthoring.class).exportBundle(publishedCourse(w).id()));
        m.put("QuizAttemptResets#outOfAttempts()", w -> w.bean(QuizAttemptResets.class).outOfAttempts());
        m.put("QuizAttemptResets#ofLearner(String)", w -> w.bean(QuizAttemptResets.class).ofLearner(w.osbl.email()));
        m.put("QuizAttemptResets#reset(String,String,String)", w -> answeredOr("training.reset.nothing",
                () -> w.bean(QuizAttemptResets.class).reset(w.osbl.id(), code, "Nouvelle chance")));
        m.put("QuizAttemptResets#history(String,String)",
                w -> w.bean(QuizAttemptResets.class).history(w.osbl.id(), code));
        m.put("ScopingWaivers#waive(String,String)",
                w -> w.bean(ScopingWaivers.class).waive(w.pendingOrganisation().id(), "Cadrage déjà fait ailleurs"));
        m.put("ScopingWaivers#revoke(String)", w -> {
            OrganisationDetails pending = w.pendingOrganisation();
            w.as(Actor.COORDINATOR, () -> w.bean(ScopingWaivers.class).waive(pending.id(), "Cadrage suivi chez un partenaire"));
            w.bean(ScopingWaivers.class).revoke(pending.id());
            return null;
        });
        m.put("ScopingWaivers#all()", w -> w.bean(ScopingWaivers.class).all());
        m.put("TrainingReports#report(String)", w -> w.bean(TrainingReports.class).report(code));
    }

    private static CourseVersion publishedCourse(World w) {
        return w.as(Actor.COORDINATOR, () -> w.bean(CourseAuthoring.class).versions(World.Courses.CODE).get(0));
    }

    private static CourseVersion publishedNewCourse(World w) {
        CourseVersion draft = w.bean(CourseAuthoring.class).create(newCourse(w));
        return w.bean(CourseAuthoring.class).publish(draft.id(), draft.version());
    }

    /** The starter course's content under a new code. */
    private static org.jumelage.training.CourseContent newCourse(World w) {
        org.jumelage.training.CourseContent starter = w.as(Actor.COORDINATOR,
                () -> CourseBundles.read(w.bean(CourseAuthoring.class).exportBundle(publishedCourse(w).id())));
        return new org.jumelage.training.CourseContent("c-" + World.key().substring(0, 8), starter.title(),
                starter.summary(), starter.audience(), starter.durationMinutes(), starter.level(), starter.languages(),
                starter.relatedSkills(), starter.maxQuizAttempts(), starter.modules());
    }

    private static void impact(Map<String, Function<World, Object>> m) {
        m.put("Evaluations#mine()", w -> w.bean(Evaluations.class).mine());
        m.put("Evaluations#pendingCount()", w -> w.bean(Evaluations.class).pendingCount());
        m.put("Evaluations#get(String)", w -> w.bean(Evaluations.class).get(w.osblEvaluationId));
        m.put("Evaluations#submitSurvey(String,SurveyAnswers,Map)", w -> w.bean(Evaluations.class)
                .submitSurvey(w.osblEvaluationId, new org.jumelage.impact.SurveyAnswers(4, 12,
                        "Accompagner plus de familles.", org.jumelage.impact.JobsEffect.REALLOCATED, 30,
                        "Lire un tableau de bord.", 5, "Merci!"), Map.of()));
        m.put("Evaluations#submitFollowUp(String,FollowUpAnswers)", w -> answeredOr(Set.of("evaluation.wrongKind", "evaluation.alreadySubmitted"),
                () -> w.bean(Evaluations.class).submitFollowUp(w.osblEvaluationId,
                        new org.jumelage.impact.FollowUpAnswers(org.jumelage.impact.StillInUse.YES, "Utilisé"))));
        m.put("EvaluationProgrammes#all()", w -> w.bean(EvaluationProgrammes.class).all());
        m.put("EvaluationProgrammes#create(String,Set,Set)", w -> w.bean(EvaluationProgrammes.class)
                .create("Programme " + World.key().substring(0, 6), Set.of(Sector.SOCIAL_WORK), Set.of()));
        m.put("EvaluationProgrammes#update(String,String,Set,Set,long)", w -> {
            ProgrammeView p = programme(w);
            return w.bean(EvaluationProgrammes.class).update(p.id(), p.name(), p.sectors(), p.regions(), p.version());
        });
        m.put("EvaluationProgrammes#addQuestion(String,String,String,QuestionType,long)", w -> {
            ProgrammeView p = programme(w);
            return w.bean(EvaluationProgrammes.class).addQuestion(p.id(), "Question ?", "Question?", QuestionType.TEXT,
                    p.version());
        });
        m.put("EvaluationProgrammes#retireQuestion(String,String,long)", w -> {
            ProgrammeView p = programme(w);
            ProgrammeView with = w.as(Actor.COORDINATOR, () -> w.bean(EvaluationProgrammes.class).addQuestion(p.id(),
                    "Question ?", "Question?", QuestionType.TEXT, p.version()));
            return w.bean(EvaluationProgrammes.class).retireQuestion(with.id(), with.questions().get(0).id(),
                    with.version());
        });
        m.put("Dashboards#coordinator(Period)", w -> w.bean(Dashboards.class).coordinator(Period.ALL));
        m.put("Dashboards#mineAsOrganisation(Period)", w -> w.bean(Dashboards.class).mineAsOrganisation(Period.ALL));
        m.put("Dashboards#organisation(String,Period)",
                w -> w.bean(Dashboards.class).organisation(w.organisation.id(), Period.ALL));
        m.put("Dashboards#mineAsFirm(Period)", w -> w.bean(Dashboards.class).mineAsFirm(Period.ALL));
        m.put("Dashboards#firm(String,Period)", w -> w.bean(Dashboards.class).firm(w.firm.id(), Period.ALL));
        m.put("OpenData#transparency()", w -> w.bean(OpenData.class).transparency());
        m.put("OpenData#rows(Period)", w -> w.bean(OpenData.class).rows(Period.ALL));
        m.put("OpenData#json(Period)", w -> w.bean(OpenData.class).json(Period.ALL));
    }

    private static ProgrammeView programme(World w) {
        return w.as(Actor.COORDINATOR, () -> w.bean(EvaluationProgrammes.class)
                .create("Programme " + World.key().substring(0, 6), Set.of(Sector.SOCIAL_WORK), Set.of()));
    }

    private static void privacy(Map<String, Function<World, Object>> m) {
        m.put("Erasure#anonymiseMe(String)", w -> {
            // Erasing is for good: as a throwaway person of the actor's role, never the world's people.
            return w.asThrowawayOf(() -> w.bean(Erasure.class).anonymiseMe(org.jumelage.support.TestAccounts.PASSWORD));
        });
        m.put("Erasure#anonymiseAccount(String)", w -> w.bean(Erasure.class).anonymiseAccount(w.newAccount().id()));
        m.put("IncidentRegister#all()", w -> w.bean(IncidentRegister.class).all());
        m.put("IncidentRegister#record(IncidentCommand)", w -> w.bean(IncidentRegister.class).record(incident()));
        m.put("IncidentRegister#update(String,IncidentCommand,long)", w -> {
            IncidentView recorded = w.as(Actor.COORDINATOR, () -> w.bean(IncidentRegister.class).record(incident()));
            return w.bean(IncidentRegister.class).update(recorded.id(), incident(), recorded.version());
        });
        m.put("MyData#exportJson()", w -> w.bean(MyData.class).exportJson());
        m.put("RetentionRules#apply()", w -> w.bean(RetentionRules.class).apply());
    }

    private static IncidentCommand incident() {
        return new IncidentCommand(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "Courriel envoyé au mauvais destinataire",
                "Nom et adresse", 1, false, "Faible", null, null, "Rappel à l’équipe");
    }

    private static void others(Map<String, Function<World, Object>> m) {
        m.put("VolunteerService#mine()", w -> w.bean(VolunteerService.class).mine());
        m.put("VolunteerService#save(VolunteerProfileCommand,Long)", w -> {
            VolunteerProfileDetails mine = w.bean(VolunteerService.class).mine().orElse(null);
            return w.bean(VolunteerService.class).save(World.volunteerProfile(), mine == null ? null : mine.version());
        });
        m.put("VolunteerService#institutionSuggestions()", w -> w.bean(VolunteerService.class).institutionSuggestions());
        m.put("VolunteerSearch#search(VolunteerFilter,int,int)",
                w -> w.bean(VolunteerSearch.class).search(VolunteerFilter.none(), 0, 5));
        m.put("VolunteerSearch#count(VolunteerFilter)", w -> w.bean(VolunteerSearch.class).count(VolunteerFilter.none()));
        m.put("Attestations#attestation(String)", w -> w.bean(Attestations.class).attestation(w.volunteer.id()));
        m.put("Attestations#pdf(String,Locale)", w -> w.bean(Attestations.class).pdf(w.volunteer.id(), Locale.FRENCH));
        m.put("ComplianceReports#report(String,LocalDate,LocalDate)", w -> w.bean(ComplianceReports.class)
                .report(w.firm.id(), LocalDate.now(w.clock).minusYears(1), LocalDate.now(w.clock)));
        m.put("ComplianceReports#csv(String,LocalDate,LocalDate,Locale)", w -> w.bean(ComplianceReports.class)
                .csv(w.firm.id(), LocalDate.now(w.clock).minusYears(1), LocalDate.now(w.clock), Locale.FRENCH));
        m.put("ComplianceReports#pdf(String,LocalDate,LocalDate,Locale)", w -> w.bean(ComplianceReports.class)
                .pdf(w.firm.id(), LocalDate.now(w.clock).minusYears(1), LocalDate.now(w.clock), Locale.FRENCH));
        m.put("AuditLogExport#actorName(AuditEntry,Locale)", w -> w.bean(org.jumelage.privacy.AuditLogExport.class)
                .actorName(new org.jumelage.shared.audit.AuditEntry("matrix", java.time.Instant.now(w.clock), "system",
                        "", org.jumelage.shared.audit.AuditAction.SIGNED_OUT, org.jumelage.shared.audit.AuditTarget.ACCOUNT,
                        "matrix", "", null), Locale.FRENCH));
        m.put("AuditLogExport#csv(AuditFilter,Locale)", w -> w.bean(org.jumelage.privacy.AuditLogExport.class)
                .csv(org.jumelage.shared.audit.AuditFilter.ALL, Locale.FRENCH));
        m.put("AuditTrail#count(AuditFilter)", w -> w.bean(org.jumelage.shared.audit.AuditTrail.class)
                .count(org.jumelage.shared.audit.AuditFilter.ALL));
        m.put("AuditTrail#search(AuditFilter,int,int)", w -> w.bean(org.jumelage.shared.audit.AuditTrail.class)
                .search(org.jumelage.shared.audit.AuditFilter.ALL, 0, 5));
        m.put("AuditTrail#record(AuditAction,AuditTarget,String)", w -> w.bean(org.jumelage.shared.audit.AuditTrail.class)
                .record(org.jumelage.shared.audit.AuditAction.DASHBOARD_EXPORTED,
                        org.jumelage.shared.audit.AuditTarget.EXPORT, "matrix"));
        m.put("AuditTrail#record(AuditAction,AuditTarget,String,String)", w -> w.bean(
                org.jumelage.shared.audit.AuditTrail.class).record(org.jumelage.shared.audit.AuditAction.DASHBOARD_EXPORTED,
                        org.jumelage.shared.audit.AuditTarget.EXPORT, "matrix", "matrix row"));
        m.put("AuditTrail#record(Actor,AuditAction,AuditTarget,String,String,String)", w -> w.bean(
                org.jumelage.shared.audit.AuditTrail.class).record(org.jumelage.shared.audit.AuditTrail.Actor.ANONYMOUS,
                        org.jumelage.shared.audit.AuditAction.SIGN_IN_FAILED,
                        org.jumelage.shared.audit.AuditTarget.SIGN_IN_ADDRESS, "matrix@example.org", "", "127.0.0.1"));
        m.put("AuditTrail#removeExpired()", w -> w.bean(org.jumelage.shared.audit.AuditTrail.class).removeExpired());
        m.put("HoursSummary#rebuild()", w -> w.bean(org.jumelage.firms.HoursSummary.class).rebuild());
        m.put("OutboxAdministration#search(OutboxFilter,int,int)",
                w -> w.bean(OutboxAdministration.class).search(OutboxFilter.ALL, 0, 5));
        m.put("OutboxAdministration#count(OutboxFilter)", w -> w.bean(OutboxAdministration.class).count(OutboxFilter.ALL));
        m.put("OutboxAdministration#render(String)", w -> {
            String id = w.as(Actor.ADMIN, () -> w.bean(OutboxAdministration.class).search(OutboxFilter.ALL, 0, 1))
                    .get(0).id();
            return w.bean(OutboxAdministration.class).render(id);
        });
        m.put("OutboxAdministration#isSmtpConfigured()", w -> w.bean(OutboxAdministration.class).isSmtpConfigured());
        m.put("SkillAdministration#search(String,SkillFamily)",
                w -> w.bean(SkillAdministration.class).search("", null));
        m.put("SkillAdministration#addCustomSkill(String,SkillFamily,String,String)", w -> w.bean(SkillAdministration.class)
                .addCustomSkill("custom.s" + World.key().substring(0, 6), SkillFamily.values()[0], "Compétence", "Skill"));
        m.put("SkillAdministration#relabelCustomSkill(String,String,String)", w -> {
            String skill = "custom.r" + World.key().substring(0, 6);
            w.as(Actor.COORDINATOR, () -> w.bean(SkillAdministration.class).addCustomSkill(skill, SkillFamily.values()[0],
                    "Compétence", "Skill"));
            return w.bean(SkillAdministration.class).relabelCustomSkill(skill, "Autre libellé", "Other label");
        });
        m.put("Verifications#find(String)", w -> w.bean(Verifications.class).find(w.issuedDocument().code()));
        m.put("Attestations#skillNames(Contribution,Locale)", w -> w.bean(Attestations.class).skillNames(
                w.as(Actor.VOLUNTEER, () -> w.bean(Attestations.class).attestation(w.volunteer.id())).contributions()
                        .get(0), Locale.FRENCH));
        m.put("StarterCourses#installAll()", w -> w.bean(org.jumelage.training.StarterCourses.class).installAll());
        m.put("Verifications#matches(Verification,byte[])", w -> {
            org.jumelage.documents.IssuedDocument issued = w.issuedDocument();
            return w.bean(Verifications.class).matches(w.bean(Verifications.class).find(issued.code()).orElseThrow(),
                    issued.bytes());
        });
        m.put("ReasonTexts#text(Reason,Locale)", w -> w.bean(ReasonTexts.class)
                .text(Reason.penalty("matchreason.penalty.distance", Region.MONTREAL), Locale.FRENCH));
        m.put("SkillCatalogue#all()", w -> w.bean(org.jumelage.shared.skills.SkillCatalogue.class).all());
        m.put("SkillCatalogue#find(String)",
                w -> w.bean(org.jumelage.shared.skills.SkillCatalogue.class).find("data.power-bi"));
        m.put("SkillCatalogue#exists(String)",
                w -> w.bean(org.jumelage.shared.skills.SkillCatalogue.class).exists("data.power-bi"));
        m.put("SkillCatalogue#label(String,Locale)",
                w -> w.bean(org.jumelage.shared.skills.SkillCatalogue.class).label("data.power-bi", Locale.FRENCH));
        m.put("EvaluationOutcomesSource#outcomes(String,Period,Locale)", w -> w
                .bean(org.jumelage.impact.dashboard.EvaluationOutcomesSource.class)
                .outcomes(w.organisation.id(), Period.ALL, Locale.FRENCH));
        m.put("TrainingRecords#evidencedSkills(String)",
                w -> w.bean(org.jumelage.training.TrainingRecords.class).evidencedSkills(w.volunteer.id()));
        m.put("TranslationProvider#getProvidedLocales()", w -> w.bean(TranslationProvider.class).getProvidedLocales());
        m.put("TranslationProvider#getTranslation(String,Locale,Object[])",
                w -> w.bean(TranslationProvider.class).getTranslation("error.backHome", Locale.FRENCH));
    }
}
