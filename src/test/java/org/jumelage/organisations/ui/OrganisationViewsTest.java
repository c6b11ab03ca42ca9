package org.jumelage.organisations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The organisation views' logic, driven server-side with Karibu against the real services and database. */
class OrganisationViewsTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationContext context;
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

    @Test
    void my_organisation_shows_each_problem_next_to_its_field_then_registers_the_organisation() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        signIn(camille);
        OrganisationView view = new OrganisationView(service, currentUser);
        assertThat(view.create.isVisible()).isTrue();
        view.form.neq.setValue("123 456");
        view.form.postalCode.setValue("H2X1YY");
        view.form.website.setValue("javascript:alert(1)");

        view.create.click();

        assertThat(view.form.legalName.isInvalid()).isTrue();
        assertThat(view.form.legalName.getErrorMessage()).isEqualTo("Entrez le nom légal de l’organisme.");
        assertThat(view.form.neq.getErrorMessage()).startsWith("Le NEQ compte exactement 10 chiffres");
        assertThat(view.form.sector.getErrorMessage()).isEqualTo("Choisissez un secteur d’activité.");
        assertThat(view.form.postalCode.getErrorMessage()).startsWith("Entrez un code postal canadien");
        assertThat(view.form.website.getErrorMessage()).startsWith("Entrez une adresse Web complète");
        assertThat(view.form.city.isInvalid()).isFalse();
        assertThat(service.mine()).isEmpty();

        String neq = uniqueNeq();
        view.form.legalName.setValue("Maison des jeunes L’Escale");
        view.form.neq.setValue(neq);
        view.form.sector.setValue(Sector.EDUCATION);
        view.form.region.setValue(Region.BAS_SAINT_LAURENT);
        view.form.postalCode.setValue("g5l4b6");
        view.form.employees.setValue(EmployeeBand.FROM_1_TO_4);
        view.form.volunteers.setValue(VolunteerBand.FROM_1_TO_24);
        view.form.budget.setValue(BudgetBand.UNDER_100K);
        view.form.website.setValue("");
        view.create.click();

        OrganisationDetails created = service.mine().orElseThrow();
        assertThat(created.neq()).isEqualTo(neq);
        assertThat(created.postalCode()).isEqualTo("G5L 4B6");
        assertThat(view.banner.getElement().getTextRecursively()).contains("en attente de vérification");
        assertThat(GridKt._size(view.members)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.members, 0)).contains("Camille", camille.email(), "Responsable");
        assertThat(view.invite.isVisible()).isTrue();
    }

    @Test
    void my_organisation_refuses_a_stale_edit_with_a_clear_message() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme partagé");
        OrganisationView view = new OrganisationView(service, currentUser);
        service.update(created.id(), with(created.profile(), "city", "Alma"), created.version());

        view.form.city.setValue("Roberval");
        view.save.click();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Quelqu’un d’autre a modifié cette fiche");
        assertThat(service.get(created.id()).city()).isEqualTo("Alma");
    }

    @Test
    void the_administrator_invites_a_colleague_from_my_organisation() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme accueillant");
        OrganisationView view = new OrganisationView(service, currentUser);

        view.inviteEmail.setValue("pas-une-adresse");
        view.invite.click();
        assertThat(view.inviteEmail.isInvalid()).isTrue();

        String colleague = "collegue-" + System.nanoTime() + "@exemple.org";
        view.inviteEmail.setValue(colleague);
        view.invite.click();
        assertThat(view.inviteEmail.isInvalid()).isFalse();
        assertThat(GridKt._size(view.invitations)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.invitations, 0)).contains(colleague, "En attente");
        assertThat(service.invitations(created.id())).hasSize(1);
    }

    @Test
    void a_coordinator_needs_a_reason_to_reject_then_verifies_from_the_list() {
        String marker = "Karibu" + System.nanoTime();
        OrganisationDetails created = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                marker + " Centre");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Dominique"));
        OrganisationsReviewView view = new OrganisationsReviewView(review);
        view.statusFilter.setValue(VerificationStatus.PENDING);
        view.search.setValue(marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(marker + " Centre", "En attente de vérification");

        ReviewDialog dialog = view.open(GridKt._get(view.grid, 0));
        dialog.reject.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).startsWith("Indiquez le motif du refus");
        assertThat(review.get(created.id()).status()).isEqualTo(VerificationStatus.PENDING);

        dialog.verify.click();

        assertThat(review.get(created.id()).status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isZero();
        view.statusFilter.setValue(VerificationStatus.VERIFIED);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(marker + " Centre", "Vérifié");
    }

    @Test
    void the_invitation_page_asks_a_visitor_to_sign_in_and_lets_the_invitee_join() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme invitant");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        String token = invited(created, jordan);
        signOut();

        InvitationAcceptView visitor = new InvitationAcceptView(service, currentUser);
        visitor.load(token);
        assertThat(visitor.summary.getText()).contains("Camille", "Organisme invitant", jordan.email());
        assertThat(visitor.visitorActions.isVisible()).isTrue();
        assertThat(visitor.accept.isVisible()).isFalse();

        InvitationAcceptView invalid = new InvitationAcceptView(service, currentUser);
        invalid.load("n-importe-quoi");
        assertThat(invalid.problem.getText()).isEqualTo("Ce lien d’invitation n’est pas valide.");

        signIn(jordan);
        InvitationAcceptView signedIn = new InvitationAcceptView(service, currentUser);
        signedIn.load(token);
        assertThat(signedIn.accept.isVisible()).isTrue();
        signedIn.accept.click();
        assertThat(directory.ofMember(jordan.id())).isPresent();
        assertThat(signedIn.problem.isVisible()).isFalse();
    }
}
