package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
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
 * Organisation registration, profile update, invitations and review rejections under hostile input:
 * accepted and stored as typed (trimmed), or refused with messages in both languages and nothing stored.
 */
class HostileOrganisationInputProperties extends OrganisationsTestSupport {

    @Autowired
    MongoTemplate mongo;

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    private static Arbitrary<OrganisationProfile> profiles() {
        OrganisationProfile p = profile("Centre d’entraide", "1100000000");
        Arbitrary<String> neq = Arbitraries.oneOf(Arbitraries.just("NEQ"), Hostile.any(),
                Arbitraries.of("11 0000 0000", "١١٠٠٠٠٠٠٠٠", "{\"$gt\": \"\"}", "1100000000\u0000"));
        Arbitrary<OrganisationProfile> texts = Combinators.combine(mostly(p.legalName(), Hostile.any()), neq,
                mostly(p.street(), Hostile.any()), mostly(p.city(), Hostile.any()),
                mostly(p.postalCode(), Hostile.any()), mostly(p.description(), Hostile.any()),
                mostly(p.website(), Arbitraries.oneOf(Hostile.any(), Arbitraries.of("javascript:alert(1)",
                        "https://exemple.org/\u0000<script>", "https://\u202Egro.elpmexe", "data:text/html,<script>"))),
                Arbitraries.of(Sector.values()).injectNull(0.05))
                .as((name, n, street, city, postal, description, website, sector) -> new OrganisationProfile(name, n,
                        sector, Region.MONTREAL, street, city, postal, p.employees(), p.volunteers(), p.budget(),
                        description, website));
        return texts;
    }

    /** The NEQ placeholder becomes a fresh one, so that an accepted profile is never refused as taken. */
    private static OrganisationProfile unique(OrganisationProfile p) {
        return "NEQ".equals(p.neq()) ? with(p, "neq", uniqueNeq()) : p;
    }

    @Test
    void a_hostile_registration_is_stored_as_typed_or_refused_and_leaves_nothing() {
        Hostile.forAll("organisation registration", 80, profiles(), sample -> {
            OrganisationProfile profile = unique(sample);
            Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Membre " + UUID.randomUUID());
            signIn(member);
            var outcome = Refusals.attempt(() -> service.register(profile));
            if (!outcome.accepted()) {
                assertThat(service.mine()).isEmpty();
                return;
            }
            assertStoredAsTyped(service.get(outcome.value().id()), profile);
        });
    }

    @Test
    void a_hostile_update_is_stored_as_typed_or_refused_and_changes_nothing() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Administratrice");
        OrganisationDetails created = registered(member, "Organisme hostile " + UUID.randomUUID());
        Hostile.forAll("organisation update", 80, profiles(), sample -> {
            OrganisationProfile profile = unique(sample);
            OrganisationDetails before = service.get(created.id());
            var outcome = Refusals.attempt(() -> service.update(created.id(), profile, before.version()));
            OrganisationDetails after = service.get(created.id());
            if (outcome.accepted()) {
                assertStoredAsTyped(after, profile);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    @Test
    void a_hostile_invitation_address_is_refused_or_invited_as_typed() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Administrateur");
        OrganisationDetails created = registered(member, "Organisme invitant " + UUID.randomUUID());
        Hostile.forAll("organisation invitation", 60, Hostile.emails(), email -> {
            long invitationsBefore = mongo.count(Query.query(Criteria.where("organisationId").is(created.id())),
                    "organisation_invitations");
            var outcome = Refusals.attempt(() -> service.invite(created.id(), email));
            long invitationsAfter = mongo.count(Query.query(Criteria.where("organisationId").is(created.id())),
                    "organisation_invitations");
            if (outcome.accepted()) {
                assertThat(invitationsAfter).isEqualTo(invitationsBefore + 1);
                assertThat(outcome.value().email()).isEqualTo(email.strip())
                        .doesNotContainPattern("[\\p{Cc}\\p{Cf}<>]");
            } else {
                assertThat(invitationsAfter).isEqualTo(invitationsBefore);
            }
        });
    }

    @Test
    void a_hostile_rejection_reason_is_stored_as_typed_or_refused() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Membre revu");
        OrganisationDetails created = registered(member, "Organisme revu " + UUID.randomUUID());
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination"));
        Hostile.forAll("organisation rejection", 60, Hostile.any(), reason -> {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(created.id())),
                    Update.update("status", VerificationStatus.PENDING.name()), "organisations");
            OrganisationDetails before = review.get(created.id());
            var outcome = Refusals.attempt(() -> review.reject(created.id(), reason, before.version()));
            OrganisationDetails after = review.get(created.id());
            if (outcome.accepted()) {
                assertThat(after.rejectionReason()).isEqualTo(reason.strip());
                assertThat(after.rejectionReason().length()).isLessThanOrEqualTo(OrganisationReview.MAX_REASON_LENGTH);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    private static void assertStoredAsTyped(OrganisationDetails saved, OrganisationProfile typed) {
        OrganisationProfile t = typed.trimmed();
        assertThat(saved.legalName()).isEqualTo(t.legalName());
        assertThat(saved.street()).isEqualTo(t.street());
        assertThat(saved.city()).isEqualTo(t.city());
        assertThat(saved.description()).isEqualTo(t.description());
        assertThat(saved.website()).isEqualTo(t.website());
        assertThat(saved.neq()).matches("\\d{10}");
        assertThat(saved.legalName().length()).isBetween(2, 200);
        if (saved.website() != null) {
            assertThat(saved.website()).matches("(?i)https?://.*").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\s]");
        }
    }
}
