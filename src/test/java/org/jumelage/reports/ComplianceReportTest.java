package org.jumelage.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.reports.ComplianceReport.ConfirmedHours;
import org.jumelage.reports.ComplianceReport.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The compliance report replays a real ledger over the wire: figures per obligation and in total,
 * the confirmed lines with their project and organisation, the period cut, the CSV and who may ask.
 */
class ComplianceReportTest extends ReportsTestSupport {

    @Test
    void figures_per_obligation_follow_allocation_logging_confirmation_dispute_and_release() {
        Scenario s = scenario();
        signIn(s.firmMember());
        ComplianceReport report = reports.report(s.firm().id(), today().minusDays(60), today());

        assertThat(report.firmName()).isEqualTo(s.firm().profile().name());
        assertThat(report.obligations()).extracting(ComplianceReport.ObligationFigures::obligationId)
                .containsExactly(s.programme().id(), s.contract().id());
        Figures contract = figuresOf(report, s.contract().id());
        // owed, allocated (40 + 20), delivered (25 logged − 8 disputed), confirmed, disputed, released (s2),
        // expired, remaining (100 − 60 + 20), confirmed in period
        assertThat(contract).isEqualTo(new Figures(100, 60, 17, 12, 8, 20, 0, 60, 12));
        assertThat(figuresOf(report, s.programme().id())).isEqualTo(new Figures(50, 10, 6, 6, 0, 0, 0, 40, 6));
        assertThat(report.totals()).isEqualTo(new Figures(150, 70, 23, 18, 8, 20, 0, 100, 18));

        assertThat(report.confirmedHours()).extracting(ConfirmedHours::hours, ConfirmedHours::workDate,
                ConfirmedHours::projectTitle, ConfirmedHours::organisationName, ConfirmedHours::roleTitle,
                ConfirmedHours::confirmedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(12, today().minusDays(5), s.project().title(),
                                s.project().organisationName(), "Analyste de données", montrealToday()),
                        org.assertj.core.groups.Tuple.tuple(6, today().minusDays(1), s.project().title(),
                                s.project().organisationName(), "Formation du personnel", montrealToday()));
    }

    @Test
    void the_period_decides_which_work_counts_as_confirmed_in_it_and_where_the_ledger_is_read() {
        Scenario s = scenario();
        signIn(s.firmMember());
        ComplianceReport lastDays = reports.report(s.firm().id(), today().minusDays(4), today());
        assertThat(lastDays.confirmedHours()).extracting(ConfirmedHours::hours).containsExactly(6);
        assertThat(lastDays.totals().confirmedInPeriod()).isEqualTo(6);
        assertThat(lastDays.totals().confirmed()).isEqualTo(18);

        // The ledger as it stood at the end of a period that closed before any line was written.
        ComplianceReport before = reports.report(s.firm().id(), today().minusDays(30), today().minusDays(10));
        assertThat(before.totals()).isEqualTo(new Figures(150, 0, 0, 0, 0, 0, 0, 150, 0));

        // Obligations that ended before the period, or start after it, are not in it.
        assertThat(reports.report(s.firm().id(), today().plusDays(150), today().plusDays(300)).obligations())
                .extracting(ComplianceReport.ObligationFigures::obligationId).containsExactly(s.contract().id());
    }

    @Test
    void a_period_must_have_both_ends_in_order() {
        Scenario s = scenario();
        signIn(s.firmMember());
        assertThatThrownBy(() -> reports.report(s.firm().id(), null, today()))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.field()).isEqualTo("from"))
                .hasMessage("report.period.fromRequired");
        assertThatThrownBy(() -> reports.report(s.firm().id(), today(), null)).hasMessage("report.period.toRequired");
        assertThatThrownBy(() -> reports.report(s.firm().id(), today(), today().minusDays(1)))
                .hasMessage("report.period.order");
    }

    @Test
    void only_the_firms_members_and_coordinators_get_its_report() {
        Scenario s = scenario();
        signIn(s.coordinator());
        assertThat(reports.report(s.firm().id(), today().minusDays(60), today()).totals().confirmed()).isEqualTo(18);

        Person otherFirm = person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre firme");
        firmOf(otherFirm, "Concurrente");
        for (Person stranger : List.of(otherFirm, s.osblMember(), person(Role.VOLUNTEER, Locale.FRENCH, "Véro"))) {
            signIn(stranger);
            assertThatThrownBy(() -> reports.report(s.firm().id(), today().minusDays(60), today()))
                    .isInstanceOf(FirmException.class).hasMessage("firm.notFound");
            assertThatThrownBy(() -> reports.csv(s.firm().id(), today().minusDays(60), today(), Locale.FRENCH))
                    .hasMessage("firm.notFound");
            assertThatThrownBy(() -> reports.pdf(s.firm().id(), today().minusDays(60), today(), Locale.FRENCH))
                    .hasMessage("firm.notFound");
        }
        signOut();
        assertThatThrownBy(() -> reports.report(s.firm().id(), today().minusDays(60), today()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_csv_has_a_byte_order_mark_headers_in_the_language_and_the_figures() throws IOException {
        Scenario s = scenario();
        signIn(s.firmMember());
        byte[] french = reports.csv(s.firm().id(), today().minusDays(60), today(), Locale.FRENCH);
        assertThat(Arrays.copyOf(french, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(french, ';');
        assertThat(rows.get(0).toList()).containsExactly("Entreprise", s.firm().profile().name());
        assertThat(rows.get(2).toList()).containsExactly("Période", today().minusDays(60).toString(),
                today().toString());
        assertThat(rows.get(3).toList()).containsExactly("Obligation (contrat ou programme)", "Début", "Échéance",
                "Statut", "Dues", "Attribuées", "Effectuées", "Confirmées", "Contestées", "Libérées", "Échues",
                "Restantes", "Confirmées dans la période");
        assertThat(rows.get(5).toList()).containsExactly(s.contract().sourceReference(),
                s.contract().startDate().toString(), s.contract().expiryDate().toString(), "Active", "100", "60",
                "17", "12", "8", "20", "0", "60", "12");
        assertThat(rows.get(6).toList()).containsExactly("Total", "", "", "", "150", "70", "23", "18", "8", "20",
                "0", "100", "18");
        assertThat(rows.get(7).get(0)).isEqualTo("Obligation (contrat ou programme)");
        assertThat(rows.get(8).toList()).containsExactly(s.contract().sourceReference(), s.project().title(),
                s.project().organisationName(), "Analyste de données", today().minusDays(5).toString(), "12",
                montrealToday().toString());
        assertThat(rows).hasSize(10);

        List<CSVRecord> english = parse(reports.csv(s.firm().id(), today().minusDays(60), today(), Locale.ENGLISH),
                ',');
        assertThat(english.get(3).toList()).startsWith("Obligation (contract or programme)", "Start", "Expiry",
                "Status", "Owed", "Allocated", "Delivered", "Confirmed");
        assertThat(new String(french, StandardCharsets.UTF_8)).doesNotContain("!{");
    }

    @Test
    void a_source_typed_like_a_formula_never_becomes_one_in_the_spreadsheet() throws IOException {
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Fanny");
        var firm = firmOf(member, "Formules");
        obligations.declare(firm.id(), new ObligationCommand(10, "=HYPERLINK(\"http://x\")", today().minusDays(1),
                today().plusDays(10), Set.of(), Set.of()));
        List<CSVRecord> rows = parse(reports.csv(firm.id(), today(), today(), Locale.FRENCH), ';');
        assertThat(rows.get(4).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    private static Figures figuresOf(ComplianceReport report, String obligationId) {
        return report.obligations().stream().filter(o -> o.obligationId().equals(obligationId)).findFirst()
                .orElseThrow().figures();
    }

    private static List<CSVRecord> parse(byte[] csv, char delimiter) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }
}
