package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;

/** The read-only directory other features use: summaries, no permission needed, nothing private. */
class OrganisationDirectoryTest extends OrganisationsTestSupport {

    @Test
    void the_directory_finds_organisations_by_id_and_by_member_and_lists_members_administrator_first() {
        Person camille = person(Role.OSBL_MEMBER, Languages.FRENCH, "Camille");
        OrganisationDetails a = registered(camille, "Organisme du répertoire");
        Person jordan = person(Role.OSBL_MEMBER, Languages.FRENCH, "Jordan");
        joined(a, jordan);
        OrganisationDetails b = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Bruno"), "Autre organisme");
        signOut();

        assertThat(directory.find(a.id())).contains(new OrganisationSummary(a.id(), "Organisme du répertoire",
                Region.SAGUENAY_LAC_SAINT_JEAN, Sector.SOCIAL_WORK, VerificationStatus.PENDING));
        assertThat(directory.find("inconnu")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThat(directory.ofMember(jordan.id())).map(OrganisationSummary::id).contains(a.id());
        assertThat(directory.ofMember(camille.id())).map(OrganisationSummary::id).contains(a.id());
        assertThat(directory.ofMember("personne")).isEmpty();
        assertThat(directory.memberIds(a.id())).containsExactly(camille.id(), jordan.id());
        assertThat(directory.memberIds("inconnu")).isEmpty();
        assertThat(directory.findAll(List.of(a.id(), b.id(), "inconnu", a.id())))
                .containsOnlyKeys(a.id(), b.id())
                .hasEntrySatisfying(b.id(), s -> assertThat(s.legalName()).isEqualTo("Autre organisme"));
        assertThat(directory.findAll(List.of())).isEmpty();
    }
}
