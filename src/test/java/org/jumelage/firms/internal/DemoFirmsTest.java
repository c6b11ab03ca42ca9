package org.jumelage.firms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.internal.DemoAccounts;
import org.jumelage.firms.FirmStatus;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo firms: eight, mostly verified, with obligations some of which expire soon, idempotent. */
class DemoFirmsTest extends IntegrationTestBase {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    DemoFirms demoFirms;
    @Autowired
    FirmRepository firms;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    AccountService accounts;

    @Test
    void eight_demo_firms_are_created_once_and_the_demo_firm_account_runs_one() {
        demoAccounts.createDemoData();
        demoFirms.createDemoData();
        demoFirms.createDemoData();

        Set<String> neqs = DemoFirms.FIRMS.stream().map(DemoFirms.DemoFirm::neq).collect(Collectors.toSet());
        List<Firm> demo = firms.findAll().stream().filter(f -> neqs.contains(f.getNeq())).toList();
        assertThat(demo).hasSize(8);
        assertThat(demo).filteredOn(f -> f.getStatus() == FirmStatus.VERIFIED).hasSize(6);

        String demoMember = accounts.findByEmail(DemoFirms.DEMO_FIRM_EMAIL).orElseThrow().id();
        assertThat(demo).filteredOn(f -> f.isMember(demoMember)).singleElement()
                .satisfies(f -> assertThat(f.isAdministrator(demoMember)).isTrue());

        Set<String> ids = demo.stream().map(Firm::getId).collect(Collectors.toSet());
        List<Obligation> demoObligations = obligations.findAll().stream().filter(o -> ids.contains(o.getFirmId()))
                .toList();
        assertThat(demoObligations).hasSize(DemoFirms.FIRMS.stream().mapToInt(f -> f.obligations().size()).sum());
        LocalDate today = LocalDate.now(clock);
        assertThat(demoObligations).filteredOn(o -> !o.getExpiryDate().isAfter(today.plusDays(60)))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(demoObligations).allSatisfy(o -> assertThat(o.getExpiryDate()).isAfter(o.getStartDate()));
    }
}
