package org.jumelage.matching.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ProviderRef;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.projects.ProjectView;
import org.jumelage.reports.ComplianceReports;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.support.AuditEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The decisions of the matchmaking path each leave one audit entry naming who took them: reviews of
 * organisations, firms and projects, match approvals and rejections, answers to offers, hours
 * confirmed, ledger adjustments and compliance report downloads.
 */
class AuditedDecisionsTest extends MatchingFlowSupport {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ComplianceReports reports;

    AuditEntries entries;

    @BeforeEach
    void world() {
        entries = new AuditEntries(mongo);
        setUpWorld(Locale.FRENCH);
    }

    private AuditEntry only(AuditAction action, String targetId) {
        List<AuditEntry> found = entries.of(action, targetId);
        assertThat(found).as("%s on %s", action, targetId).hasSize(1);
        return found.get(0);
    }

    @Test
    void an_approved_match_its_acceptances_confirmed_hours_an_adjustment_and_a_report_are_each_recorded() {
        assertThat(only(AuditAction.ORGANISATION_VERIFIED, organisation.id()).actorId()).isEqualTo(coordinator.id());
        assertThat(only(AuditAction.PROJECT_APPROVED, project.id()).actorName()).isEqualTo("Coralie Coordonnatrice");

        MatchView offered = approvedProposal(firmProvider());
        assertThat(only(AuditAction.MATCH_APPROVED, offered.id()).actorId()).isEqualTo(coordinator.id());

        signIn(firmMember);
        offers.accept(offered.id());
        signIn(osblMember);
        offers.accept(offered.id());
        assertThat(entries.of(AuditAction.OFFER_ACCEPTED, offered.id())).extracting(AuditEntry::actorId)
                .containsExactly(firmMember.id(), osblMember.id());

        signIn(firmMember);
        LedgerLine logged = ledger.log(firmProvider(), project.id(), seatId(), today(), 5, "Nettoyage", key());
        signIn(osblMember);
        LedgerLine confirmed = ledger.confirm(logged.id(), null, key());
        AuditEntry confirmation = only(AuditAction.HOURS_CONFIRMED, confirmed.id());
        assertThat(confirmation.actorId()).isEqualTo(osblMember.id());
        assertThat(confirmation.detail()).contains(logged.id());

        signIn(coordinator);
        LedgerLine adjusted = ledger.adjust(firmProvider(), project.id(), seatId(), -10, "Portée réduite", key());
        AuditEntry adjustment = only(AuditAction.LEDGER_ADJUSTED, adjusted.id());
        assertThat(adjustment.actorId()).isEqualTo(coordinator.id());
        assertThat(adjustment.detail()).startsWith("-10 h").doesNotContain("Portée réduite");

        signIn(firmMember);
        reports.csv(firm.id(), today().minusDays(30), today(), Locale.FRENCH);
        assertThat(only(AuditAction.COMPLIANCE_REPORT_EXPORTED, firm.id()).actorId()).isEqualTo(firmMember.id());
    }

    @Test
    void a_rejected_proposal_and_a_declined_offer_are_recorded_without_their_free_text_reasons() {
        String runId = recordProposal(firmProvider());
        signIn(coordinator);
        MatchView proposed = matchReview.proposals(runId).get(0);
        matchReview.reject(proposed.id(), "Charge trop lourde", proposed.version());
        AuditEntry rejection = only(AuditAction.MATCH_REJECTED, proposed.id());
        assertThat(rejection.actorId()).isEqualTo(coordinator.id());
        assertThat(rejection.detail()).isNull();

        MatchView offered = approvedProposal(ProviderRef.volunteer(volunteer.id()));
        signIn(volunteer);
        offers.decline(offered.id(), "Je pars en stage à l’étranger");
        AuditEntry decline = only(AuditAction.OFFER_DECLINED, offered.id());
        assertThat(decline.actorName()).isEqualTo("Valérie Bénévole");
        assertThat(decline.detail()).isNull();
    }

    @Test
    void rejections_of_an_organisation_a_firm_and_a_project_and_a_firm_verification_are_recorded() {
        Person other = person(org.jumelage.accounts.Role.OSBL_MEMBER, Locale.FRENCH, "Omar Organisme");
        OrganisationDetails refused = registered(other, "Club " + UUID.randomUUID());
        signIn(coordinator);
        review.reject(refused.id(), "NEQ introuvable", refused.version());
        assertThat(only(AuditAction.ORGANISATION_REJECTED, refused.id()).actorId()).isEqualTo(coordinator.id());

        // A person administers one firm only: one administrator each.
        FirmDetails accepted = firmOf(person(org.jumelage.accounts.Role.FIRM_MEMBER, Locale.FRENCH, "Fanny Firme"),
                "Nordique IA");
        FirmDetails rejected = firmOf(person(org.jumelage.accounts.Role.FIRM_MEMBER, Locale.FRENCH, "Serge Firme"),
                "Sud IA");
        signIn(coordinator);
        firmReview.verify(accepted.id(), accepted.version());
        firmReview.reject(rejected.id(), "Aucune obligation", rejected.version());
        assertThat(only(AuditAction.FIRM_VERIFIED, accepted.id()).actorId()).isEqualTo(coordinator.id());
        assertThat(only(AuditAction.FIRM_REJECTED, rejected.id()).actorId()).isEqualTo(coordinator.id());
        assertThat(entries.of(AuditAction.FIRM_VERIFIED, rejected.id())).isEmpty();

        signIn(osblMember);
        ProjectView draft = projects.create(draft("Hors mandat"));
        ProjectView sent = projects.submit(draft.id(), draft.version());
        signIn(coordinator);
        projects.reject(sent.id(), "Hors du mandat du programme", sent.version());
        assertThat(only(AuditAction.PROJECT_REJECTED, sent.id()).actorId()).isEqualTo(coordinator.id());
        assertThat(entries.of(AuditAction.PROJECT_APPROVED, sent.id())).isEmpty();
    }
}
