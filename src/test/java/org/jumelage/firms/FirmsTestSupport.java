package org.jumelage.firms;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

/** Firms, obligations and projects for the firms tests, on top of the organisations' people and sign-in. */
public abstract class FirmsTestSupport extends OrganisationsTestSupport {

    @Autowired
    protected FirmService firms;
    @Autowired
    protected FirmReview firmReview;
    @Autowired
    protected FirmDirectory firmDirectory;
    @Autowired
    protected ObligationService obligations;
    @Autowired
    protected HoursLedger ledger;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected FirmMembership membership;
    @Autowired
    protected FirmRepository firmRepository;

    /** Ten random digits, unique enough across the shared test database. */
    public static String uniqueFirmNeq() {
        return "22" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static FirmProfile firmProfile(String name, String neq) {
        return new FirmProfile(name, neq, SizeBand.FROM_10_TO_49, Set.of(Region.MONTREAL),
                Set.of(WorkingLanguage.FRENCH), "Analyse de données.",
                List.of(new TeamSkill("data.cleaning", SkillLevel.ADVANCED, 3)), "pro-bono@firme.example",
                "514 555-0123", List.of(), List.of());
    }

    /** A firm registered by the person, who is signed in when this returns. */
    /** The token of the accept link in a firm invitation mail. */
    public static String firmToken(MimeMessage mail) {
        return linkToken(mail, "/firm-invitations/accept?token=");
    }

    /** The signed-in member invites the person to the firm; returns the token of the link in their mail. */
    protected String invitedToFirm(FirmDetails firm, Person invitee) {
        membership.invite(firm.id(), invitee.email());
        return firmToken(Mailbox.awaitOne(invitee.email()));
    }

    protected FirmDetails firmOf(Person administrator, String name) {
        signIn(administrator);
        return firms.register(firmProfile(name + " " + UUID.randomUUID(), uniqueFirmNeq()));
    }

    /**
     * A firm registered by the person and marked verified straight in the store (a fixture: no
     * decision mail to the member), so that its obligations can be allocated; the person is signed in.
     */
    protected FirmDetails verifiedFirmOf(Person administrator, String name) {
        FirmDetails registered = firmOf(administrator, name);
        Firm firm = firmRepository.findById(registered.id()).orElseThrow();
        firm.verify("fixture", clock.instant());
        return firmRepository.save(firm).toDetails();
    }

    protected ObligationCommand obligation(int hours, LocalDate start, LocalDate expiry) {
        return new ObligationCommand(hours, "Contrat TEST-" + UUID.randomUUID().toString().substring(0, 8) + ", clause 3",
                start, expiry, Set.of(), Set.of());
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A draft project of a new organisation administered by the person, who stays signed in. */
    protected ProjectView projectOf(Person osblMember) {
        registered(osblMember, "Organisme " + UUID.randomUUID());
        return projects.create(ProjectDraft.titled("Projet " + UUID.randomUUID()));
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
