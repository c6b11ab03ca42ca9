package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jumelage.firms.HoursOverview;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.ExpiringObligation;
import org.jumelage.firms.ExpiringObligations;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmMember;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Mailbox;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.grid.Grid;

/**
 * The coordinators' firm views and the firm members panel, driven server-side with Karibu against
 * the real services and database.
 */
class FirmCoordinationViewsTest extends FirmsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ExpiringObligations expiring;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    SkillCatalogue skills;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void setUpVaadin() {
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    /** Rows of a grid (all pages) that satisfy the condition. */
    static <T> List<T> rows(Grid<T> grid, Predicate<T> condition) {
        List<T> found = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            T row = GridKt._get(grid, i);
            if (condition.test(row)) {
                found.add(row);
            }
        }
        return found;
    }

    @Test
    void a_coordinator_needs_a_reason_to_reject_a_firm_then_verifies_it_from_the_queue() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex"), "Firme à vérifier");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        FirmsReviewView view = new FirmsReviewView(firmReview);
        assertThat(view.statusFilter.getValue()).isEqualTo(FirmStatus.PENDING);
        FirmDetails row = rows(view.grid, f -> f.id().equals(firm.id())).get(0);
        int index = indexOf(view.grid, firm.id());
        assertThat(GridKt._getFormattedRow(view.grid, index)).contains(firm.profile().name(),
                "En attente de vérification", "10 à 49 personnes");

        FirmReviewDialog dialog = view.open(row);
        assertThat(dialog.verify.isVisible()).isTrue();
        dialog.reject.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).startsWith("Expliquez la raison du refus");
        assertThat(firmReview.get(firm.id()).status()).isEqualTo(FirmStatus.PENDING);

        dialog.reason.setValue("Le NEQ ne correspond à aucune entreprise.");
        dialog.reject.click();
        assertThat(firmReview.get(firm.id()).status()).isEqualTo(FirmStatus.REJECTED);
        assertThat(rows(view.grid, f -> f.id().equals(firm.id()))).isEmpty();

        view.statusFilter.setValue(FirmStatus.REJECTED);
        FirmReviewDialog again = view.open(rows(view.grid, f -> f.id().equals(firm.id())).get(0));
        assertThat(again.reject.isVisible()).isFalse();
        again.verify.click();
        assertThat(firmReview.get(firm.id()).status()).isEqualTo(FirmStatus.VERIFIED);
        assertThat(firmReview.get(firm.id()).rejectionReason()).isNull();

        // Any status, by a part of the name typed without its accents and capitals.
        view.statusFilter.setValue(null);
        view.search.setValue(firm.profile().name().substring("Firme à vérifier ".length()).toUpperCase());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.search.setValue("firme a verifier " + firm.profile().name().substring("Firme à vérifier ".length()));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Vérifiée");
    }

    @Test
    void a_decision_on_a_firm_changed_meanwhile_is_refused_with_a_message() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme changeante");
        Person coordinator = person(Role.COORDINATOR, Languages.FRENCH, "Coralie");
        signIn(coordinator);
        FirmsReviewView view = new FirmsReviewView(firmReview);
        FirmReviewDialog dialog = view.open(rows(view.grid, f -> f.id().equals(firm.id())).get(0));

        signIn(alex);
        firms.update(firm.id(), firm.profile(), firm.version());
        signIn(coordinator);
        NotificationsKt.clearNotifications();
        dialog.verify.click();

        NotificationsKt.expectNotifications("Quelqu’un d’autre a modifié cette fiche pendant que vous l’éditiez. "
                + "Rechargez la page pour voir sa version, puis refaites votre changement.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(firmReview.get(firm.id()).status()).isEqualTo(FirmStatus.PENDING);
    }

    @Test
    void the_expiring_obligations_view_follows_the_chosen_window() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = verifiedFirmOf(alex, "Firme pressée");
        ObligationView in45 = obligations.declare(firm.id(), obligation(70, today().minusDays(10), today().plusDays(45)));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ExpiringObligationsView view = new ExpiringObligationsView(expiring);
        assertThat(view.window.getValue()).isEqualTo(60);
        Predicate<ExpiringObligation> mine = o -> o.obligationId().equals(in45.id());
        assertThat(rows(view.grid, mine)).singleElement().satisfies(o -> assertThat(o.unallocated()).isEqualTo(70));
        int index = indexOf(view.grid, in45.id());
        assertThat(GridKt._getFormattedRow(view.grid, index)).contains(firm.profile().name(), in45.sourceReference(),
                "45", "70");

        view.window.setValue(30);
        assertThat(view.grid.isVisible() ? rows(view.grid, mine) : List.of()).isEmpty();
        view.window.setValue(90);
        assertThat(rows(view.grid, mine)).hasSize(1);
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void a_member_invites_revokes_and_cannot_remove_the_last_member_from_my_firm() {
        Person alex = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Firme accueillante");
        FirmView view = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        FirmMembersPanel panel = view.membersPanel;
        assertThat(GridKt._getFormattedRow(panel.members, 0)).contains("Alex", alex.email(), "Responsable");
        assertThat(panel.noInvitations.isVisible()).isTrue();

        panel.inviteEmail.setValue("pas-une-adresse");
        panel.invite.click();
        assertThat(panel.inviteEmail.isInvalid()).isTrue();
        assertThat(panel.inviteEmail.getErrorMessage()).startsWith("Entrez une adresse courriel valide");

        Person jordan = person(Role.FIRM_MEMBER, Languages.ENGLISH, "Jordan");
        panel.inviteEmail.setValue(jordan.email());
        panel.invite.click();
        assertThat(panel.inviteEmail.isInvalid()).isFalse();
        assertThat(GridKt._size(panel.invitations)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.invitations, 0)).contains(jordan.email(), "En attente");
        panel.revoke(GridKt._get(panel.invitations, 0));
        assertThat(panel.invitations.isVisible()).isFalse();
        assertThat(membership.roster(firm.id()).invitations()).isEmpty();

        NotificationsKt.clearNotifications();
        panel.remove(GridKt._get(panel.members, 0));
        NotificationsKt.expectNotifications("Le dernier membre ne peut pas être retiré : une entreprise garde toujours"
                + " au moins un membre. Invitez d’abord un ou une collègue.");
        assertThat(firms.mine()).isPresent();

        panel.inviteEmail.setValue(jordan.email());
        panel.invite.click();
        String token = firmToken(Mailbox.awaitMessages(jordan.email(), 2, java.time.Duration.ofSeconds(20)).get(1));
        signOut();
        FirmInvitationAcceptView visitor = new FirmInvitationAcceptView(membership, currentUser);
        visitor.load(token);
        assertThat(visitor.summary.getText()).contains("Alex", firm.profile().name(), jordan.email());
        assertThat(visitor.visitorActions.isVisible()).isTrue();
        assertThat(visitor.accept.isVisible()).isFalse();
        FirmInvitationAcceptView invalid = new FirmInvitationAcceptView(membership, currentUser);
        invalid.load("n-importe-quoi");
        assertThat(invalid.problem.getText()).isEqualTo("Ce lien d’invitation n’est pas valide.");

        signIn(jordan);
        FirmInvitationAcceptView signedIn = new FirmInvitationAcceptView(membership, currentUser);
        signedIn.load(token);
        signedIn.accept.click();
        assertThat(signedIn.problem.isVisible()).isFalse();
        assertThat(firmDirectory.ofMember(jordan.id())).isPresent();

        signIn(alex);
        FirmView again = new FirmView(firms, obligations, ledger, hoursOverview, skills, membership);
        FirmMember jordanRow = rows(again.membersPanel.members, m -> m.userId().equals(jordan.id())).get(0);
        again.membersPanel.remove(jordanRow);
        assertThat(GridKt._size(again.membersPanel.members)).isEqualTo(1);
        assertThat(firmDirectory.ofMember(jordan.id())).isEmpty();
    }

    private static int indexOf(Grid<?> grid, String id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            Object row = GridKt._get(grid, i);
            String rowId = row instanceof FirmDetails f ? f.id()
                    : row instanceof ExpiringObligation o ? o.obligationId() : null;
            if (id.equals(rowId)) {
                return i;
            }
        }
        throw new AssertionError("No row " + id);
    }
}
