package org.jumelage.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.DemoAccountFactory;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** About forty varied demo volunteers with demo accounts, valid skills, mostly consenting; a second run adds nothing. */
class DemoVolunteersTest extends IntegrationTestBase {

    @Autowired
    DemoVolunteers demo;
    @Autowired
    VolunteerProfileRepository profiles;
    @Autowired
    AccountService accounts;
    @Autowired
    SkillCatalogue skills;
    @Autowired
    DemoAccountFactory demoAccounts;

    @Test
    void the_demo_account_factory_creates_only_demo_addresses_and_reuses_existing_accounts() {
        String id = demoAccounts.ensure("essai.unique@jumelage.demo", "Essai", Role.VOLUNTEER, Languages.FRENCH);

        assertThat(demoAccounts.ensure("Essai.Unique@jumelage.demo", "Autre nom", Role.VOLUNTEER, Languages.FRENCH))
                .isEqualTo(id);
        assertThat(accounts.find(id).orElseThrow().displayName()).isEqualTo("Essai");
        assertThatThrownBy(() -> demoAccounts.ensure("vrai@exemple.org", "Vrai", Role.VOLUNTEER, Languages.FRENCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.findByEmail("vrai@exemple.org")).isEmpty();
    }

    @Test
    void demo_volunteers_are_about_forty_varied_valid_and_created_once() {
        demo.createDemoData();
        long afterFirst = profiles.count();
        demo.createDemoData();
        assertThat(profiles.count()).isEqualTo(afterFirst);

        List<VolunteerProfileDetails> created = DemoVolunteers.VOLUNTEERS.stream().map(v -> {
            UserSummary account = accounts.findByEmail(v.email()).orElseThrow();
            assertThat(account.email()).endsWith("@jumelage.demo");
            assertThat(account.roles()).containsExactly(Role.VOLUNTEER);
            assertThat(account.emailVerified()).isTrue();
            return profiles.findByUserId(account.id()).orElseThrow().toDetails(account.displayName(), account.email());
        }).toList();

        assertThat(created).hasSizeBetween(38, 42);
        assertThat(created.stream().map(VolunteerProfileDetails::institution).distinct().count()).isGreaterThan(15);
        assertThat(created.stream().map(VolunteerProfileDetails::region).distinct().count()).isGreaterThan(10);
        assertThat(created.stream().map(VolunteerProfileDetails::level).distinct().count()).isEqualTo(5);
        assertThat(created.stream().filter(VolunteerProfileDetails::consentToShare).count())
                .isGreaterThan(created.size() * 3 / 4).isLessThan(created.size());
        Set<String> codes = new HashSet<>();
        created.forEach(v -> {
            v.skills().stream().map(RequiredSkill::skillCode).forEach(codes::add);
            codes.addAll(v.learningGoals());
            assertThat(v.windows()).isNotEmpty().allSatisfy(w -> assertThat(w.to()).isAfter(w.from()));
            assertThat(v.maxConcurrentSeats()).isBetween(1, 3);
        });
        assertThat(codes).allSatisfy(code -> assertThat(skills.exists(code)).as(code).isTrue());
        assertThat(DemoVolunteers.VOLUNTEERS.stream().map(DemoVolunteers.DemoVolunteer::email).distinct().count())
                .isEqualTo(DemoVolunteers.VOLUNTEERS.size());
    }
}
