package org.jumelage.organisations;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.internal.OrganisationRepository;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.UriComponentsBuilder;

/** People, sign-in and valid profiles for the organisations tests. */
public abstract class OrganisationsTestSupport extends IntegrationTestBase {

    /** A test person: their address (to sign in and receive mail) and their user id. */
    public record Person(String email, String id) {
    }

    @Autowired
    protected OrganisationService service;
    @Autowired
    protected OrganisationReview review;
    @Autowired
    protected OrganisationDirectory directory;
    @Autowired
    protected OrganisationRepository repository;
    @Autowired
    protected TestAccounts testAccounts;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected org.jumelage.training.ScopingWaivers scopingWaivers;

    @AfterEach
    void signOutAfterEachTest() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Lets the organisation submit projects without a member having completed the scoping course,
     * as a coordinator's waiver does; the caller is signed in as a coordinator.
     */
    protected void waiveScoping(String organisationId) {
        scopingWaivers.waive(organisationId, "Tests of project submission");
    }

    protected Person person(Role role, Locale language, String name) {
        String email = testAccounts.create(role, language, name);
        return new Person(email, testAccounts.idOf(email));
    }

    protected void signIn(Person person) {
        var principal = userDetails.loadUserByUsername(person.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    protected static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The token of the accept link in an invitation mail. */
    public static String invitationToken(MimeMessage mail) {
        return linkToken(mail, "/invitations/accept?token=");
    }

    /** The token of the first link in the mail that contains {@code path}. */
    public static String linkToken(MimeMessage mail, String path) {
        return UriComponentsBuilder.fromUriString(Mailbox.link(mail, path)).build().getQueryParams().getFirst("token");
    }

    /** The signed-in administrator invites the person; returns the token of the link in their mail. */
    protected String invited(OrganisationDetails organisation, Person invitee) {
        service.invite(organisation.id(), invitee.email());
        return invitationToken(Mailbox.awaitOne(invitee.email()));
    }

    /** The signed-in administrator invites the person, who joins; they are signed in when this returns. */
    protected void joined(OrganisationDetails organisation, Person invitee) {
        String token = invited(organisation, invitee);
        signIn(invitee);
        service.acceptInvitation(token);
    }

    /** Ten random digits: NEQs must be unique across the shared test database. */
    public static String uniqueNeq() {
        return "11" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static OrganisationProfile profile(String legalName, String neq) {
        return new OrganisationProfile(legalName, neq, Sector.SOCIAL_WORK, Region.SAGUENAY_LAC_SAINT_JEAN,
                "412, rue Racine Est", "Saguenay", "G7H 1S8", EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_25_TO_99,
                BudgetBand.FROM_100K_TO_500K, "Dépannage alimentaire et accompagnement.", "https://exemple.org");
    }

    /** An OSBL member who registered an organisation, signed in when this returns. */
    protected OrganisationDetails registered(Person administrator, String legalName) {
        signIn(administrator);
        return service.register(profile(legalName, uniqueNeq()));
    }

    protected static OrganisationProfile with(OrganisationProfile p, String field, String value) {
        return new OrganisationProfile(
                field.equals("legalName") ? value : p.legalName(),
                field.equals("neq") ? value : p.neq(),
                p.sector(), p.region(),
                field.equals("street") ? value : p.street(),
                field.equals("city") ? value : p.city(),
                field.equals("postalCode") ? value : p.postalCode(),
                p.employees(), p.volunteers(), p.budget(),
                field.equals("description") ? value : p.description(),
                field.equals("website") ? value : p.website());
    }
}
