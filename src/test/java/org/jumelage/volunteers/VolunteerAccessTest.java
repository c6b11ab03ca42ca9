package org.jumelage.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who reaches which profile: each volunteer their own, coordinators through search, matching with consent only. */
class VolunteerAccessTest extends VolunteersTestSupport {

    @Test
    void volunteer_cannot_see_or_change_another_volunteers_profile() {
        VolunteerProfileDetails first = volunteerWith("Première", profile("Profil de la première"));
        Person second = person(Role.VOLUNTEER, Languages.FRENCH, "Seconde");
        signIn(second);

        assertThat(service.mine()).isEmpty();
        VolunteerProfileDetails own = service.save(profile("Profil de la seconde"), first.version());

        assertThat(own.userId()).isEqualTo(second.id());
        assertThat(repository.findByUserId(first.userId()).orElseThrow().toDetails("", "").programme())
                .isEqualTo("Profil de la première");
        assertThatThrownBy(() -> search.count(VolunteerFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void osbl_members_and_visitors_have_no_volunteer_profile_to_read_or_change() {
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Membre"));
        assertThatThrownBy(() -> service.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(profile("OSBL"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.search(VolunteerFilter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThatThrownBy(() -> service.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void coordinators_search_every_profile_with_its_contact_address() {
        String marker = "Coordination" + System.nanoTime();
        VolunteerProfileDetails volunteer = volunteerWith("Visible", profile(marker));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coordo"));

        List<VolunteerProfileDetails> found = search.search(new VolunteerFilter(null, null, null, null, null,
                marker), 0, 10);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.userId()).isEqualTo(volunteer.userId());
            assertThat(v.email()).isEqualTo(volunteer.email());
        });
    }

    @Test
    void the_directory_lists_only_volunteers_who_consented_and_never_an_email_address() {
        List<RequiredSkill> skills = List.of(new RequiredSkill("ai.rag", SkillLevel.EXPERT));
        VolunteerProfileDetails yes = volunteerWith("Oui", profile("Oui", skills, Region.ESTRIE,
                List.of(winter()), true));
        VolunteerProfileDetails no = volunteerWith("Non", profile("Non", skills, Region.ESTRIE,
                List.of(winter()), false));
        signOut();

        List<VolunteerSummary> summaries = directory.consenting();

        assertThat(summaries).extracting(VolunteerSummary::userId).contains(yes.userId())
                .doesNotContain(no.userId());
        assertThat(directory.find(no.userId())).isEmpty();
        VolunteerSummary shared = directory.find(yes.userId()).orElseThrow();
        assertThat(shared.skills()).isEqualTo(skills);
        assertThat(shared.region()).isEqualTo(Region.ESTRIE);
        assertThat(shared.windows()).containsExactly(winter());
        assertThat(shared.toString()).doesNotContain("@").doesNotContain(yes.email());
        assertThat(VolunteerSummary.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase().contains("mail")
                        || c.getName().toLowerCase().contains("phone"));
    }
}
