package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registering and editing an organisation: validation, uniqueness, one organisation per person, locking. */
@RecordApplicationEvents
class OrganisationRegistrationTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void osbl_member_registers_an_organisation_pending_verification_and_becomes_its_administrator() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        signIn(camille);
        String neq = uniqueNeq();
        OrganisationProfile typed = new OrganisationProfile("  Centre d’entraide La Passerelle ",
                neq.substring(0, 4) + "-" + neq.substring(4, 7) + " " + neq.substring(7), Sector.SOCIAL_WORK, Region.SAGUENAY_LAC_SAINT_JEAN,
                "412, rue Racine Est", "Saguenay", "g7h1s8", EmployeeBand.FROM_1_TO_4, VolunteerBand.NONE,
                BudgetBand.UNDER_100K, "", "https://lapasserelle.example/a-propos?x=1");

        OrganisationDetails created = service.register(typed);

        assertThat(created.legalName()).isEqualTo("Centre d’entraide La Passerelle");
        assertThat(created.neq()).isEqualTo(neq);
        assertThat(created.postalCode()).isEqualTo("G7H 1S8");
        assertThat(created.description()).isNull();
        assertThat(created.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(created.administratorId()).isEqualTo(camille.id());
        assertThat(created.memberIds()).containsExactly(camille.id());
        assertThat(service.mine()).map(OrganisationDetails::id).contains(created.id());
        assertThat(events.stream(OrganisationRegistered.class)).contains(new OrganisationRegistered(created.id()));
    }

    @Test
    void a_bad_neq_postal_code_and_web_address_are_each_refused_next_to_their_field_and_nothing_is_stored() {
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Dominique"));
        String name = "Organisme invalide " + System.nanoTime();
        OrganisationProfile bad = with(with(with(profile(name, "12345"), "postalCode", "H2X 1YY"),
                "website", "javascript:alert(1)"), "legalName", name);

        assertThatThrownBy(() -> service.register(bad)).isInstanceOfSatisfying(OrganisationException.class,
                e -> assertThat(e.fieldMessageKeys()).containsOnly(
                        entry("neq", "organisation.neq.invalid"),
                        entry("postalCode", "organisation.postalCode.invalid"),
                        entry("website", "organisation.website.invalid")));
        assertThat(repository.findAll()).noneMatch(o -> o.getLegalName().equals(name));
        assertThat(service.mine()).isEmpty();
    }

    @Test
    void neq_must_have_exactly_ten_digits_and_web_sites_must_be_http_or_https() {
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Alex"));
        for (String neq : new String[] {"116482390", "11648239071", "11648239O7", "1164 8239 07 x"}) {
            assertThatThrownBy(() -> service.register(profile("Organisme", neq))).as(neq)
                    .isInstanceOfSatisfying(OrganisationException.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("neq", "organisation.neq.invalid"));
        }
        for (String site : new String[] {"ftp://exemple.org", "data:text/html,x", "exemple.org", "https://exemple"}) {
            assertThatThrownBy(() -> service.register(with(profile("Organisme", uniqueNeq()), "website", site)))
                    .as(site)
                    .isInstanceOfSatisfying(OrganisationException.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("website", "organisation.website.invalid"));
        }
        assertThatThrownBy(() -> service.register(with(profile("X", uniqueNeq()), "legalName", "X")))
                .isInstanceOfSatisfying(OrganisationException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("legalName", "organisation.legalName.size"));
        assertThatThrownBy(() -> service.register(with(profile("Organisme", uniqueNeq()), "description",
                "x".repeat(2001)))).isInstanceOfSatisfying(OrganisationException.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("description", "organisation.description.tooLong"));
        assertThat(service.mine()).isEmpty();
    }

    @Test
    void a_second_organisation_with_the_same_neq_is_refused_on_the_neq_field_however_it_is_typed() {
        String neq = uniqueNeq();
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Première"));
        service.register(profile("Original " + System.nanoTime(), neq));
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Seconde"));
        String name = "Doublon " + System.nanoTime();

        assertThatThrownBy(() -> service.register(profile(name, neq.substring(0, 5) + " " + neq.substring(5))))
                .isInstanceOfSatisfying(OrganisationException.class, e -> {
                    assertThat(e.field()).isEqualTo("neq");
                    assertThat(e.messageKey()).isEqualTo("organisation.neq.taken");
                });
        assertThat(repository.findAll()).noneMatch(o -> o.getLegalName().equals(name));
        assertThat(service.mine()).isEmpty();
    }

    @Test
    void a_person_belongs_to_one_organisation_only() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        registered(camille, "Mon premier organisme");

        assertThatThrownBy(() -> service.register(profile("Mon second organisme", uniqueNeq())))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.alreadyMember");
        assertThat(repository.findAll()).noneMatch(o -> o.getLegalName().equals("Mon second organisme"));
    }

    @Test
    void only_an_osbl_member_may_register_an_organisation() {
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Bénévole"));
        assertThatThrownBy(() -> service.register(profile("Organisme", uniqueNeq())))
                .isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThatThrownBy(() -> service.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void text_is_stored_exactly_as_typed_markup_included() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        signIn(camille);
        String typed = "<b>Aide</b> & <script>alert('x')</script> « entraide »";
        OrganisationDetails created = service.register(with(profile("<i>Le Phare</i>", uniqueNeq()),
                "description", typed));
        assertThat(service.get(created.id()).description()).isEqualTo(typed);
        assertThat(service.get(created.id()).legalName()).isEqualTo("<i>Le Phare</i>");
    }

    @Test
    void a_stale_copy_cannot_overwrite_a_newer_edit() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme verrouillé");
        OrganisationDetails firstCopy = service.get(created.id());
        OrganisationDetails secondCopy = service.get(created.id());

        service.update(firstCopy.id(), with(firstCopy.profile(), "city", "Chicoutimi"), firstCopy.version());

        assertThatThrownBy(() -> service.update(secondCopy.id(), with(secondCopy.profile(), "city", "Jonquière"),
                secondCopy.version())).isInstanceOf(OrganisationException.class)
                .hasMessage("common.concurrentEdit");
        assertThat(service.get(created.id()).city()).isEqualTo("Chicoutimi");
    }

    @Test
    void the_document_refuses_a_save_from_a_stale_copy() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme versionné");
        Organisation first = repository.findById(created.id()).orElseThrow();
        Organisation second = repository.findById(created.id()).orElseThrow();
        repository.save(first);
        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void editing_a_rejected_organisation_sends_it_back_to_the_coordinators() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme à corriger");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coord"));
        OrganisationDetails rejected = review.reject(created.id(), "NEQ introuvable au registre.", created.version());
        signIn(camille);

        OrganisationDetails corrected = service.update(rejected.id(), with(rejected.profile(), "neq", uniqueNeq()),
                rejected.version());

        assertThat(corrected.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(events.stream(OrganisationResubmitted.class)).contains(new OrganisationResubmitted(created.id()));
    }

    @Test
    void any_member_may_edit_the_profile_of_a_verified_organisation_which_stays_verified() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails created = registered(camille, "Organisme vérifié");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coord"));
        OrganisationDetails verified = review.verify(created.id(), created.version());
        signIn(camille);

        OrganisationDetails edited = service.update(verified.id(),
                with(verified.profile(), "description", "Nouvelle mission."), verified.version());

        assertThat(edited.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(edited.description()).isEqualTo("Nouvelle mission.");
        assertThat(events.stream(OrganisationUpdated.class)).contains(new OrganisationUpdated(created.id()));
        assertThat(edited.version()).isGreaterThan(verified.version());
    }
}
