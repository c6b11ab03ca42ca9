package org.jumelage.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.internal.DemoAccounts;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo organisations: varied, mostly verified, one run as the demo OSBL account, idempotent. */
class DemoOrganisationsTest extends IntegrationTestBase {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    DemoOrganisations demoOrganisations;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AccountService accounts;

    @Test
    void sixteen_varied_demo_organisations_are_created_once_and_the_demo_osbl_account_runs_a_verified_one() {
        demoAccounts.createDemoData();
        demoOrganisations.createDemoData();
        demoOrganisations.createDemoData();

        Set<String> neqs = DemoOrganisations.ORGANISATIONS.stream().map(d -> d.profile().neq())
                .collect(Collectors.toSet());
        List<OrganisationDetails> demo = organisations.findAll().stream().filter(o -> neqs.contains(o.getNeq()))
                .map(Organisation::toDetails).toList();

        assertThat(demo).hasSize(16);
        assertThat(demo).filteredOn(o -> o.status() == VerificationStatus.VERIFIED).hasSize(13);
        assertThat(demo).filteredOn(o -> o.status() == VerificationStatus.PENDING).hasSize(2);
        assertThat(demo).filteredOn(o -> o.status() == VerificationStatus.REJECTED).singleElement()
                .satisfies(o -> assertThat(o.rejectionReason()).isNotBlank());
        assertThat(demo.stream().map(OrganisationDetails::region).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.stream().map(OrganisationDetails::sector).distinct()).hasSizeGreaterThanOrEqualTo(7);

        String demoMember = accounts.findByEmail(DemoOrganisations.DEMO_OSBL_EMAIL).orElseThrow().id();
        assertThat(demo).filteredOn(o -> o.isAdministrator(demoMember)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(o.memberIds()).containsExactly(demoMember);
        });
        assertThat(demo).filteredOn(o -> o.administratorId() == null).hasSize(15)
                .allSatisfy(o -> assertThat(o.memberIds()).isEmpty());
    }
}
