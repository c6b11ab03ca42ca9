package org.jumelage.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;

/**
 * A member of one OSBL can neither read another's private data (address, members, invitations) nor
 * change it; inside an organisation, only its administrator manages people. Checked in the service,
 * with no view involved.
 */
class OrganisationIsolationTest extends OrganisationsTestSupport {

    @Test
    void a_member_of_one_organisation_cannot_read_another_organisation_s_profile_members_or_invitations() {
        Person alice = person(Role.OSBL_MEMBER, Languages.FRENCH, "Alice");
        OrganisationDetails a = registered(alice, "Organisme A");
        Person bruno = person(Role.OSBL_MEMBER, Languages.FRENCH, "Bruno");
        OrganisationDetails b = registered(bruno, "Organisme B");
        service.invite(b.id(), "collegue-b-" + System.nanoTime() + "@exemple.org");

        signIn(alice);
        assertThatThrownBy(() -> service.get(b.id())).isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.notFound");
        assertThatThrownBy(() -> service.members(b.id())).isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.notFound");
        assertThatThrownBy(() -> service.invitations(b.id())).isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.notFound");
        assertThat(service.get(a.id()).street()).isNotNull();
    }

    @Test
    void a_member_of_one_organisation_cannot_edit_invite_revoke_or_remove_in_another() {
        Person alice = person(Role.OSBL_MEMBER, Languages.FRENCH, "Alice");
        registered(alice, "Organisme A");
        Person bruno = person(Role.OSBL_MEMBER, Languages.FRENCH, "Bruno");
        OrganisationDetails b = registered(bruno, "Organisme B");
        InvitationSummary invitation = service.invite(b.id(), "collegue-" + System.nanoTime() + "@exemple.org");

        signIn(alice);
        assertThatThrownBy(() -> service.update(b.id(), with(b.profile(), "legalName", "Piraté"), b.version()))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.notFound");
        assertThatThrownBy(() -> service.invite(b.id(), "intrus@exemple.org"))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.notFound");
        assertThatThrownBy(() -> service.revokeInvitation(invitation.id()))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.notFound");
        assertThatThrownBy(() -> service.removeMember(b.id(), bruno.id(), b.version()))
                .isInstanceOf(OrganisationException.class).hasMessage("organisation.notFound");

        signIn(bruno);
        OrganisationDetails unchanged = service.get(b.id());
        assertThat(unchanged.legalName()).isEqualTo("Organisme B");
        assertThat(unchanged.memberIds()).containsExactly(bruno.id());
        assertThat(service.invitations(b.id())).extracting(InvitationSummary::id).containsExactly(invitation.id());
    }

    @Test
    void a_coordinator_reads_any_organisation_and_its_members() {
        Person alice = person(Role.OSBL_MEMBER, Languages.FRENCH, "Alice");
        OrganisationDetails a = registered(alice, "Organisme A");
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coord"));
        assertThat(service.get(a.id()).legalName()).isEqualTo("Organisme A");
        assertThat(service.members(a.id())).extracting(OrganisationMember::userId).containsExactly(alice.id());
        assertThat(review.members(a.id())).singleElement().satisfies(m -> {
            assertThat(m.administrator()).isTrue();
            assertThat(m.email()).isEqualTo(alice.email());
        });
    }

    @Test
    void a_volunteer_sees_nothing_of_an_organisation() {
        OrganisationDetails a = registered(person(Role.OSBL_MEMBER, Languages.FRENCH, "Alice"), "Organisme A");
        signIn(person(Role.VOLUNTEER, Languages.FRENCH, "Vera"));
        assertThatThrownBy(() -> service.members(a.id())).isInstanceOf(OrganisationException.class)
                .hasMessage("organisation.notFound");
        assertThat(service.mine()).isEmpty();
    }
}
