package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.SkillLevel;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Firm profiles: registration, validation, isolation between firms, coordinator review, directory. */
class FirmRegistrationTest extends FirmsTestSupport {

    @Test
    void a_firm_member_registers_one_firm_and_becomes_its_administrator() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        assertThat(firm.status()).isEqualTo(FirmStatus.PENDING);
        assertThat(firm.administratorId()).isEqualTo(alex.id());
        assertThat(firms.mine()).map(FirmDetails::id).contains(firm.id());
        assertThat(firms.members(firm.id())).extracting(FirmMember::userId).containsExactly(alex.id());
        assertThat(firmDirectory.ofMember(alex.id())).map(FirmSummary::id).contains(firm.id());
        assertThat(firmDirectory.memberIds(firm.id())).containsExactly(alex.id());
        assertThatThrownBy(() -> firms.register(firmProfile("Deuxième", uniqueFirmNeq())))
                .hasMessage("firm.alreadyMember");
    }

    @Test
    void an_osbl_member_cannot_register_a_firm() {
        signIn(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        assertThatThrownBy(() -> firms.register(firmProfile("Firme", uniqueFirmNeq())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_profiles_are_refused_field_by_field() {
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Bea"));
        FirmProfile valid = firmProfile("Firme", null);
        assertThatThrownBy(() -> firms.register(new FirmProfile(" ", null, valid.size(), valid.regions(),
                valid.languages(), null, List.of(), "a@b.ca", null, List.of(), List.of())))
                .isInstanceOfSatisfying(FirmException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("name", "firm.name.required"));
        assertThatThrownBy(() -> firms.register(firmProfile("Firme", "12345")))
                .isInstanceOfSatisfying(FirmException.class, e -> assertThat(e.field()).isEqualTo("neq"))
                .hasMessage("firm.neq.invalid");
        assertThatThrownBy(() -> firms.register(new FirmProfile("Firme", null, valid.size(), Set.of(),
                valid.languages(), null, List.of(), "a@b.ca", null, List.of(), List.of())))
                .hasMessage("firm.regions.required");
        assertThatThrownBy(() -> firms.register(new FirmProfile("Firme", null, valid.size(), valid.regions(),
                valid.languages(), null, List.of(new TeamSkill("data.cleaning", SkillLevel.BASIC, 0)), "a@b.ca",
                null, List.of(), List.of())))
                .hasMessage("firm.teamSkills.staffCount");
        assertThatThrownBy(() -> firms.register(new FirmProfile("Firme", null, valid.size(), valid.regions(),
                valid.languages(), null, List.of(new TeamSkill("no.such.skill", SkillLevel.BASIC, 2)), "a@b.ca",
                null, List.of(), List.of())))
                .hasMessage("firm.teamSkills.unknown");
        assertThatThrownBy(() -> firms.register(new FirmProfile("Firme", null, valid.size(), valid.regions(),
                valid.languages(), null, List.of(), "a@b.ca", null,
                List.of(new AvailabilityPeriod(today(), today().plusDays(30), 2_001)), List.of())))
                .hasMessage("firm.availability.hoursPerMonth");
    }

    @Test
    void the_neq_is_optional_but_unique_when_given() {
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Sans NEQ 1"));
        firms.register(firmProfile("Sans NEQ", null));
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Sans NEQ 2"));
        firms.register(firmProfile("Sans NEQ aussi", null));
        String neq = uniqueFirmNeq();
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Avec NEQ 1"));
        firms.register(firmProfile("Avec NEQ", neq));
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Avec NEQ 2"));
        assertThatThrownBy(() -> firms.register(firmProfile("Copie", neq.substring(0, 4) + "-" + neq.substring(4))))
                .hasMessage("firm.neq.taken");
    }

    @Test
    void an_update_with_a_stale_version_is_refused_and_other_firms_see_nothing() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = firmOf(alex, "Boréal");
        FirmDetails updated = firms.update(firm.id(), firmProfile("Boréal renommé", null), firm.version());
        assertThat(updated.profile().name()).isEqualTo("Boréal renommé");
        assertThatThrownBy(() -> firms.update(firm.id(), firmProfile("Encore", null), firm.version()))
                .hasMessage("common.concurrentEdit");

        firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Other"), "Autre");
        assertThatThrownBy(() -> firms.get(firm.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> firms.update(firm.id(), firmProfile("Pirate", null), updated.version()))
                .hasMessage("firm.notFound");
    }

    @Test
    void a_coordinator_verifies_or_rejects_with_a_reason() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex"), "Boréal");
        assertThatThrownBy(() -> firmReview.verify(firm.id(), firm.version())).isInstanceOf(AccessDeniedException.class);
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coralie"));
        assertThat(firmReview.search(FirmStatus.PENDING, 0, 1000)).extracting(FirmDetails::id).contains(firm.id());
        assertThatThrownBy(() -> firmReview.reject(firm.id(), " ", firm.version()))
                .hasMessage("firm.review.reasonRequired");
        FirmDetails verified = firmReview.verify(firm.id(), firm.version());
        assertThat(verified.status()).isEqualTo(FirmStatus.VERIFIED);
        assertThat(firms.get(firm.id()).status()).isEqualTo(FirmStatus.VERIFIED);
        FirmDetails rejected = firmReview.reject(firm.id(), "NEQ inactif", verified.version());
        assertThat(rejected.status()).isEqualTo(FirmStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("NEQ inactif");
        assertThat(firmDirectory.find(firm.id())).map(FirmSummary::status).contains(FirmStatus.REJECTED);
    }
}
