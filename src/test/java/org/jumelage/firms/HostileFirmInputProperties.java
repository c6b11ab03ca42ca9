package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.validation.SaneDates;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Firm profiles, obligations, invitations, review rejections and the hours ledger (logging, confirming,
 * disputing) under hostile input: accepted and stored as typed (trimmed), or refused with messages in
 * both languages and nothing stored.
 */
class HostileFirmInputProperties extends FirmsTestSupport {

    @Autowired
    MongoTemplate mongo;

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    private static Arbitrary<FirmProfile> profiles() {
        FirmProfile p = firmProfile("Firme", "");
        Arbitrary<List<TeamSkill>> skills = Arbitraries.oneOf(Arbitraries.just(p.teamSkills()),
                Combinators.combine(Arbitraries.oneOf(Arbitraries.of("data.cleaning", "pm.agile"), Hostile.any()),
                        Arbitraries.of(SkillLevel.values()).injectNull(0.1), Hostile.integers())
                        .as(TeamSkill::new).list().ofMaxSize(60));
        return Combinators.combine(mostly("Firme " + UUID.randomUUID(), Hostile.any()),
                mostly("", Arbitraries.oneOf(Hostile.any(), Arbitraries.of("22 1234 5678", "-", "9".repeat(300)))),
                mostly(p.description(), Hostile.any()), skills, Hostile.emails(),
                mostly(p.contactPhone(), Hostile.any()))
                .as((name, neq, description, teamSkills, email, phone) -> new FirmProfile(name, neq, p.size(),
                        Set.of(Region.MONTREAL), Set.of(WorkingLanguage.FRENCH), description, teamSkills, email, phone,
                        List.of(), List.of()));
    }

    @Test
    void a_hostile_firm_profile_is_stored_as_typed_or_refused_and_leaves_nothing() {
        Hostile.forAll("firm registration", 60, profiles(), profile -> {
            Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Membre " + UUID.randomUUID());
            signIn(member);
            var outcome = Refusals.attempt(() -> firms.register(profile));
            if (outcome.accepted()) {
                assertStoredAsTyped(firms.get(outcome.value().id()).profile(), profile);
            } else {
                assertThat(firms.mine()).isEmpty();
            }
        });
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Administratrice");
        FirmDetails firm = firmOf(member, "Firme modifiée");
        Hostile.forAll("firm update", 60, profiles(), profile -> {
            FirmDetails before = firms.get(firm.id());
            var outcome = Refusals.attempt(() -> firms.update(firm.id(), profile, before.version()));
            FirmDetails after = firms.get(firm.id());
            if (outcome.accepted()) {
                assertStoredAsTyped(after.profile(), profile);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    @Test
    void a_hostile_obligation_is_stored_as_typed_or_refused_and_leaves_nothing() {
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Déclarante");
        FirmDetails firm = firmOf(member, "Firme obligée");
        Arbitrary<LocalDate> days = Arbitraries.oneOf(Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(1900, 1, 1)).injectNull(0.1),
                Arbitraries.integers().between(-5_000, 5_000).map(n -> LocalDate.of(2027, 1, 1).plusDays(n)));
        Arbitrary<ObligationCommand> commands = Combinators.combine(Hostile.integers(),
                mostly("Contrat 2027-14, clause 3", Hostile.any()), days, days)
                .as((hours, source, start, expiry) -> new ObligationCommand(hours, source, start, expiry, Set.of(), Set.of()));
        Hostile.forAll("obligation", 100, commands, command -> {
            Query ofFirm = Query.query(Criteria.where("firmId").is(firm.id()));
            long before = mongo.count(ofFirm, "obligations");
            var outcome = Refusals.attempt(() -> obligations.declare(firm.id(), command));
            long after = mongo.count(ofFirm, "obligations");
            if (outcome.accepted()) {
                assertThat(after).isEqualTo(before + 1);
                ObligationView saved = obligations.ofFirm(firm.id()).stream()
                        .filter(o -> o.id().equals(outcome.value().id())).findFirst().orElseThrow();
                assertThat(saved.sourceReference()).isEqualTo(command.sourceReference());
                assertThat(saved.hoursOwed()).isEqualTo(command.hoursOwed()).isBetween(1, 10_000);
                assertThat(saved.expiryDate()).isAfter(saved.startDate());
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    /** Days of every kind: absurd ones, the edges of the range, and ordinary ones. */
    private static Arbitrary<LocalDate> hostileDays() {
        return Arbitraries.oneOf(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31), SaneDates.EARLIEST, SaneDates.LATEST).injectNull(0.1),
                Arbitraries.integers().between(-800, 800).map(n -> LocalDate.of(2027, 1, 1).plusDays(n)));
    }

    /** Availability, blackouts and conflicts of interest, the rest of the profile valid. */
    record Periods(List<AvailabilityPeriod> availability, List<BlackoutPeriod> blackouts,
            List<ConflictOfInterest> conflicts) {
    }

    @Test
    void hostile_availability_blackouts_and_conflicts_are_stored_as_typed_or_refused_and_change_nothing() {
        Person osbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Organisme en conflit");
        OrganisationDetails organisation = registered(osbl, "Organisme en conflit " + UUID.randomUUID());
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination des conflits"));
        review.verify(organisation.id(), organisation.version());
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Planificatrice");
        FirmDetails firm = firmOf(member, "Firme planifiée");
        Arbitrary<AvailabilityPeriod> availability = Combinators.combine(hostileDays(), hostileDays(),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(1, 200)), Tuple.of(1, Hostile.integers())))
                .as(AvailabilityPeriod::new);
        Arbitrary<BlackoutPeriod> blackouts = Combinators.combine(hostileDays(), hostileDays()).as(BlackoutPeriod::new);
        Arbitrary<ConflictOfInterest> conflicts = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(organisation.id()), Hostile.any()),
                Arbitraries.oneOf(Arbitraries.just("Administratrice commune"), Hostile.any()))
                .as(ConflictOfInterest::new);
        Arbitrary<Periods> samples = Combinators.combine(availability.list().ofMaxSize(30),
                blackouts.list().ofMaxSize(30), conflicts.list().ofMaxSize(3)).as(Periods::new);
        Hostile.forAll("firm periods and conflicts", 100, samples, sample -> {
            signIn(member);
            FirmDetails before = firms.get(firm.id());
            FirmProfile p = before.profile();
            FirmProfile changed = new FirmProfile(p.name(), p.neq(), p.size(), p.regions(), p.languages(),
                    p.description(), p.teamSkills(), p.contactEmail(), p.contactPhone(), sample.availability(),
                    sample.blackouts(), sample.conflicts());
            var outcome = Refusals.attempt(() -> firms.update(firm.id(), changed, before.version()));
            FirmDetails after = firms.get(firm.id());
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            FirmProfile t = changed.trimmed();
            assertThat(after.profile().availability()).isEqualTo(t.availability()).allSatisfy(a -> {
                assertThat(SaneDates.isSane(a.from()) && SaneDates.isSane(a.to())).isTrue();
                assertThat(a.to()).isAfterOrEqualTo(a.from());
                assertThat(a.hoursPerMonth()).isBetween(1, 2_000);
            });
            assertThat(after.profile().blackouts()).isEqualTo(t.blackouts()).allSatisfy(b -> {
                assertThat(SaneDates.isSane(b.from()) && SaneDates.isSane(b.to())).isTrue();
                assertThat(b.to()).isAfterOrEqualTo(b.from());
            });
            assertThat(after.profile().conflicts()).isEqualTo(t.conflicts())
                    .allSatisfy(c -> assertThat(c.organisationId()).isEqualTo(organisation.id()));
        });
    }

    @Test
    void a_hostile_invitation_address_is_refused_or_invited_as_typed() {
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Inviteuse");
        FirmDetails firm = firmOf(member, "Firme invitante");
        Hostile.forAll("firm invitation", 60, Hostile.emails(), email -> {
            Query ofFirm = Query.query(Criteria.where("firmId").is(firm.id()));
            long before = mongo.count(ofFirm, "firm_invitations");
            var outcome = Refusals.attempt(() -> membership.invite(firm.id(), email));
            long after = mongo.count(ofFirm, "firm_invitations");
            if (outcome.accepted()) {
                assertThat(after).isEqualTo(before + 1);
                assertThat(outcome.value().email()).isEqualTo(email.strip()).doesNotContainPattern("[\\p{Cc}\\p{Cf}<>]");
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    @Test
    void a_hostile_rejection_reason_is_stored_as_typed_or_refused() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Revue"), "Firme revue");
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination"));
        Hostile.forAll("firm rejection", 60, Hostile.any(), reason -> {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(firm.id())),
                    Update.update("status", FirmStatus.PENDING.name()), "firms");
            FirmDetails before = firmReview.get(firm.id());
            var outcome = Refusals.attempt(() -> firmReview.reject(firm.id(), reason, before.version()));
            FirmDetails after = firmReview.get(firm.id());
            if (outcome.accepted()) {
                assertThat(after.rejectionReason()).isEqualTo(reason.strip());
                assertThat(after.rejectionReason().length()).isLessThanOrEqualTo(FirmReview.MAX_REASON_LENGTH);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    /** One hours request: hours, the text, the idempotency key, and whether the OSBL then confirms or disputes. */
    record HoursRequest(int hours, String description, String key, String answer, boolean confirm) {
    }

    @Test
    void hostile_hours_logging_and_answers_are_stored_as_typed_or_refused_and_leave_nothing() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination des heures");
        Person firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Consultante");
        FirmDetails firm = verifiedFirmOf(firmMember, "Firme des heures");
        ObligationView obligation = obligations.declare(firm.id(), obligation(10_000, today().minusDays(10),
                today().plusDays(400)));
        ProviderRef provider = ProviderRef.obligation(obligation.id());
        Person osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Responsable");
        ProjectView project = projectOf(osblMember);
        signIn(coordinator);
        ledger.allocate(provider, project.id(), "s1", 5_000, key());
        Query ofProvider = Query.query(Criteria.where("providerId").is(provider.id()));
        Arbitrary<HoursRequest> requests = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(1, 8)), Tuple.of(1, Hostile.integers())),
                Hostile.any(), Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("KEY")), Tuple.of(1, Hostile.any())),
                Hostile.any(), Arbitraries.of(true, false)).as(HoursRequest::new);
        Hostile.forAll("hours", 100, requests, r -> {
            String idempotencyKey = "KEY".equals(r.key()) ? key() : r.key();
            signIn(firmMember);
            long before = mongo.count(ofProvider, "hours_ledger");
            var logged = Refusals.attempt(() -> ledger.log(provider, project.id(), "s1", today(), r.hours(),
                    r.description(), idempotencyKey));
            long after = mongo.count(ofProvider, "hours_ledger");
            if (!logged.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            LedgerLine line = logged.value();
            if (after == before) {
                // A retried key hands back its first line and appends nothing.
                assertThat(line.idempotencyKey()).isEqualTo(idempotencyKey == null ? null : idempotencyKey.strip());
                return;
            }
            assertThat(after).isEqualTo(before + 1);
            // Stored as returned (the store keeps instants to the millisecond).
            assertThat(ledger.lines(provider)).filteredOn(l -> l.id().equals(line.id())).singleElement()
                    .satisfies(l -> assertThat(l.comment()).isEqualTo(line.comment()));
            assertThat(line.hours()).isPositive();
            assertThat(line.comment()).isEqualTo(r.description() == null || r.description().isBlank() ? null
                    : r.description().strip());
            signIn(osblMember);
            var answered = Refusals.attempt(() -> r.confirm() ? ledger.confirm(line.id(), r.answer(), key())
                    : ledger.dispute(line.id(), r.answer(), key()));
            signIn(firmMember);
            long answeredCount = mongo.count(ofProvider, "hours_ledger");
            assertThat(answeredCount).isEqualTo(after + (answered.accepted() ? 1 : 0));
            if (answered.accepted()) {
                assertThat(answered.value().comment()).isEqualTo(r.answer() == null || r.answer().isBlank() ? null
                        : r.answer().strip());
            }
        });
    }

    private static void assertStoredAsTyped(FirmProfile saved, FirmProfile typed) {
        FirmProfile t = typed.trimmed();
        assertThat(saved.name()).isEqualTo(t.name());
        assertThat(saved.description()).isEqualTo(t.description());
        assertThat(saved.contactEmail()).isEqualTo(t.contactEmail()).doesNotContainPattern("[\\p{Cc}\\p{Cf}<>]");
        assertThat(saved.contactPhone()).isEqualTo(t.contactPhone());
        assertThat(saved.teamSkills()).isEqualTo(t.teamSkills());
        assertThat(saved.name().length()).isBetween(1, 200);
    }
}
