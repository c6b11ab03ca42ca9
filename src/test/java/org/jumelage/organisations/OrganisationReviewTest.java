package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Coordinators list, verify and reject organisations; members hear of the decision in their language. */
@RecordApplicationEvents
class OrganisationReviewTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationEvents events;

    /** An organisation with a French administrator and an English member who joined by invitation. */
    private record Team(OrganisationDetails organisation, Person french, Person english) {
    }

    private Team team(String legalName) {
        Person french = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails organisation = registered(french, legalName);
        Person english = person(Role.OSBL_MEMBER, Languages.ENGLISH, "Jordan");
        joined(organisation, english);
        signOut();
        return new Team(reload(organisation.id()), french, english);
    }

    /** The English member's second mail: the first was their invitation. */
    private static MimeMessage decisionFor(Person invited) {
        return Mailbox.awaitMessages(invited.email(), 2, Duration.ofSeconds(20)).get(1);
    }

    private OrganisationDetails reload(String id) {
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Lecture"));
        OrganisationDetails details = review.get(id);
        signOut();
        return details;
    }

    @Test
    void a_coordinator_verifies_and_each_member_is_told_in_their_own_language() throws Exception {
        Team team = team("Regroupement des proches aidants");
        Person coordinator = person(Role.COORDINATOR, Languages.FRENCH, "Dominique");
        signIn(coordinator);

        OrganisationDetails verified = review.verify(team.organisation().id(), team.organisation().version());

        assertThat(verified.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verified.decidedBy()).isEqualTo(coordinator.id());
        assertThat(verified.decidedAt()).isNotNull();
        assertThat(directory.find(verified.id())).hasValueSatisfying(s -> assertThat(s.isVerified()).isTrue());
        MimeMessage french = Mailbox.awaitOne(team.french().email());
        assertThat(french.getSubject()).isEqualTo("Vérification de votre organisme sur Jumelage");
        assertThat(Mailbox.text(french)).contains("Bonjour Camille,", "a vérifié votre organisme",
                "Regroupement des proches aidants");
        MimeMessage english = decisionFor(team.english());
        assertThat(english.getSubject()).isEqualTo("Verification of your organisation on Jumelage");
        assertThat(Mailbox.text(english)).contains("Hello Jordan,", "verified your organisation");
        assertThat(events.stream(OrganisationVerified.class)).contains(new OrganisationVerified(verified.id()));
    }

    @Test
    void a_rejection_needs_a_reason_which_the_members_receive() throws Exception {
        Team team = team("Fondation à revoir");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Dominique"));
        String id = team.organisation().id();
        long version = team.organisation().version();

        assertThatThrownBy(() -> review.reject(id, "   ", version)).isInstanceOfSatisfying(OrganisationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("organisation.review.reasonRequired");
                });
        assertThat(review.get(id).status()).isEqualTo(VerificationStatus.PENDING);

        OrganisationDetails rejected = review.reject(id, "Le NEQ ne correspond pas <au> nom légal.", version);

        assertThat(rejected.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Le NEQ ne correspond pas <au> nom légal.");
        MimeMessage english = decisionFor(team.english());
        assertThat(Mailbox.text(english)).contains("could not verify", "Reason: Le NEQ ne correspond pas <au> nom légal.");
        assertThat(Mailbox.html(english)).contains("Le NEQ ne correspond pas &lt;au&gt; nom légal.");
        assertThat(Mailbox.text(Mailbox.awaitOne(team.french().email()))).contains("n’a pas pu vérifier",
                "Motif : Le NEQ ne correspond pas");
        assertThat(events.stream(OrganisationRejected.class)).contains(new OrganisationRejected(id));
        signIn(team.french());
        assertThat(service.mine()).hasValueSatisfying(o -> assertThat(o.rejectionReason()).startsWith("Le NEQ"));
    }

    @Test
    void neither_an_osbl_member_nor_a_volunteer_can_verify_or_list_organisations() {
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                "Organisme impatient");
        assertThatThrownBy(() -> review.verify(organisation.id(), organisation.version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Vera"));
        assertThatThrownBy(() -> review.verify(organisation.id(), organisation.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.search(OrganisationFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Lecture"));
        assertThat(review.get(organisation.id()).status()).isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void an_administrator_may_verify_as_a_coordinator_but_not_from_a_stale_copy() {
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille"),
                "Organisme administré");
        signIn(person(Role.ADMIN, Languages.FRENCH, "Morgan"));
        review.verify(organisation.id(), organisation.version());
        assertThatThrownBy(() -> review.reject(organisation.id(), "Trop tard", organisation.version()))
                .isInstanceOf(OrganisationException.class).hasMessage("common.concurrentEdit");
    }

    @Test
    void coordinators_see_pending_organisations_first_oldest_first_and_filter_by_status_region_sector_and_text() {
        String marker = "Filtre" + System.nanoTime();
        Person a = person(Role.OSBL_MEMBER, Languages.FRENCH, "A");
        signIn(a);
        OrganisationDetails first = service.register(new OrganisationProfile(marker + " Érable", uniqueNeq(),
                Sector.CULTURE, Region.ESTRIE, null, "Sherbrooke", null, EmployeeBand.NONE, VolunteerBand.NONE,
                BudgetBand.UNDER_100K, null, null));
        clock.advance(Duration.ofMinutes(1));
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "B"));
        OrganisationDetails second = service.register(new OrganisationProfile(marker + " Bouleau", uniqueNeq(),
                Sector.EDUCATION, Region.MONTREAL, null, "Montréal", null, EmployeeBand.NONE, VolunteerBand.NONE,
                BudgetBand.UNDER_100K, null, null));
        clock.advance(Duration.ofMinutes(1));
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "C"));
        OrganisationDetails third = service.register(new OrganisationProfile(marker + " Chêne", uniqueNeq(),
                Sector.CULTURE, Region.MONTREAL, null, "Montréal", null, EmployeeBand.NONE, VolunteerBand.NONE,
                BudgetBand.UNDER_100K, null, null));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Dominique"));
        review.verify(first.id(), first.version());

        OrganisationFilter byText = new OrganisationFilter(null, null, null, marker.toLowerCase());
        assertThat(review.search(byText, 0, 10)).extracting(OrganisationDetails::id)
                .containsExactly(second.id(), third.id(), first.id());
        assertThat(review.count(byText)).isEqualTo(3);
        assertThat(ids(new OrganisationFilter(VerificationStatus.PENDING, null, null, marker)))
                .containsExactly(second.id(), third.id());
        assertThat(ids(new OrganisationFilter(null, Region.MONTREAL, Sector.CULTURE, marker)))
                .containsExactly(third.id());
        assertThat(ids(new OrganisationFilter(null, null, null, marker + " erable"))).containsExactly(first.id());
        assertThat(ids(new OrganisationFilter(null, null, null, first.neq()))).containsExactly(first.id());
        assertThat(review.search(byText, 1, 1)).extracting(OrganisationDetails::id).containsExactly(third.id());
    }

    private List<String> ids(OrganisationFilter filter) {
        return review.search(filter, 0, 50).stream().map(OrganisationDetails::id).toList();
    }
}
