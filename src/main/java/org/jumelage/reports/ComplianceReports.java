package org.jumelage.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jumelage.accounts.AccountService;
import org.jumelage.firms.Balances;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.LedgerBalances;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.LedgerMovement;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.reports.ComplianceReport.ConfirmedHours;
import org.jumelage.reports.ComplianceReport.Figures;
import org.jumelage.reports.ComplianceReport.ObligationFigures;
import org.jumelage.documents.DocumentIssuer;
import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.documents.PdfSheet;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A firm's compliance report over a period, for the firm's members and coordinators (anyone else is
 * told the firm does not exist): on screen, as CSV and as a PDF whose verification code the public
 * page confirms. Figures are replayed from the ledger, never read from stored totals.
 */
@Service
public class ComplianceReports {

    private final FirmService firms;
    private final ObligationService obligations;
    private final HoursLedger ledger;
    private final ProjectHeadlines projects;
    private final AccountService accounts;
    private final DocumentIssuer issuer;
    private final TranslationProvider i18n;
    private final Clock clock;
    private final String baseUrl;
    private final AuditTrail audit;

    public ComplianceReports(FirmService firms, ObligationService obligations, HoursLedger ledger,
            ProjectHeadlines projects, AccountService accounts, DocumentIssuer issuer, TranslationProvider i18n,
            Clock clock, @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl, AuditTrail audit) {
        this.audit = audit;
        this.firms = firms;
        this.obligations = obligations;
        this.ledger = ledger;
        this.projects = projects;
        this.accounts = accounts;
        this.issuer = issuer;
        this.i18n = i18n;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The report of a firm over the period (both days included). */
    @PreAuthorize("isAuthenticated()")
    public ComplianceReport report(String firmId, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        FirmDetails firm = firms.get(firmId);
        List<ObligationFigures> rows = new ArrayList<>();
        List<ConfirmedHours> confirmed = new ArrayList<>();
        List<ObligationView> overlapping = obligations.ofFirm(firmId).stream()
                .filter(o -> o.status() != ObligationStatus.CANCELLED)
                .filter(o -> !o.expiryDate().isBefore(period.from()) && !o.startDate().isAfter(period.to()))
                .toList();
        Map<ObligationView, List<LedgerLine>> linesByObligation = new LinkedHashMap<>();
        for (ObligationView o : overlapping) {
            linesByObligation.put(o, ledger.lines(ProviderRef.obligation(o.id())).stream()
                    .filter(l -> l.recordedAt().isBefore(period.end())).toList());
        }
        Map<String, ProjectHeadline> headlines = projects.find(linesByObligation.values().stream()
                .flatMap(List::stream).map(LedgerLine::projectId).toList());
        Figures totals = Figures.ZERO;
        for (var entry : linesByObligation.entrySet()) {
            ObligationView o = entry.getKey();
            List<ConfirmedHours> details = confirmedWithin(o, entry.getValue(), period, headlines);
            Figures figures = figures(o.hoursOwed(), entry.getValue(),
                    details.stream().mapToInt(ConfirmedHours::hours).sum());
            rows.add(new ObligationFigures(o.id(), o.sourceReference(), o.startDate(), o.expiryDate(), o.status(),
                    figures));
            confirmed.addAll(details);
            totals = totals.plus(figures);
        }
        confirmed.sort(Comparator.comparing(ConfirmedHours::workDate).thenComparing(ConfirmedHours::projectTitle)
                .thenComparing(ConfirmedHours::sourceReference));
        return new ComplianceReport(firm.id(), firm.profile().name(), firm.neq(), period.from(), period.to(),
                clock.instant(), rows, confirmed, totals);
    }

    private static Figures figures(int owed, List<LedgerLine> lines, int confirmedInPeriod) {
        Balances b = LedgerBalances.replay(owed, lines.stream().map(ComplianceReports::movement).toList());
        int released = lines.stream().filter(l -> l.type() == EntryType.RELEASED).mapToInt(LedgerLine::hours).sum();
        return new Figures(b.owed(), b.allocated() + released, b.delivered(), b.confirmed(), b.disputed(), released,
                b.expired(), b.remaining(), confirmedInPeriod);
    }

    private static LedgerMovement movement(LedgerLine l) {
        return new LedgerMovement(l.id(), l.type(), l.projectId(), l.seatId(), l.hours(), l.answers(),
                l.idempotencyKey());
    }

    private static List<ConfirmedHours> confirmedWithin(ObligationView o, List<LedgerLine> lines, ReportPeriod period,
            Map<String, ProjectHeadline> headlines) {
        Map<String, LedgerLine> answers = new HashMap<>();
        lines.stream().filter(l -> l.type() == EntryType.CONFIRMED || l.type() == EntryType.DISPUTED)
                .forEach(l -> answers.putIfAbsent(l.answers(), l));
        List<ConfirmedHours> details = new ArrayList<>();
        for (LedgerLine logged : lines) {
            LedgerLine answer = answers.get(logged.id());
            if (logged.type() != EntryType.LOGGED || answer == null || answer.type() != EntryType.CONFIRMED
                    || !period.contains(logged.workDate())) {
                continue;
            }
            ProjectHeadline project = headlines.get(logged.projectId());
            String role = project == null ? logged.seatId()
                    : project.seat(logged.seatId()).map(ProjectHeadline.Seat::roleTitle).orElse(logged.seatId());
            details.add(new ConfirmedHours(o.id(), o.sourceReference(), logged.projectId(),
                    project == null ? logged.projectId() : project.title(),
                    project == null ? "" : project.organisationName(), logged.seatId(), role, logged.workDate(),
                    logged.hours(), answer.recordedAt().atZone(ReportPeriod.ZONE).toLocalDate()));
        }
        return details;
    }

    // --- CSV ---------------------------------------------------------------------------------

    /**
     * The report as CSV, UTF-8 with a byte-order mark so that Excel shows accents; semicolons in
     * French (Québec spreadsheets use the comma for decimals), commas in English; dates in ISO form.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] csv(String firmId, LocalDate from, LocalDate to, Locale locale) {
        ComplianceReport r = report(firmId, from, to);
        Locale lang = Languages.normalise(locale);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(lang.equals(Languages.FRENCH) ? ';' : ',').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(t(lang, "report.firm"), text(r.firmName()));
            csv.printRecord(t(lang, "report.neq"), r.neq() == null ? "" : r.neq());
            csv.printRecord(t(lang, "report.period"), r.from().toString(), r.to().toString());
            csv.println();
            csv.printRecord(obligationHeaders(lang, true));
            for (ObligationFigures o : r.obligations()) {
                List<Object> row = new ArrayList<>(List.of(text(o.sourceReference()), o.startDate().toString(),
                        o.expiryDate().toString(), t(lang, "report.status." + o.status().name())));
                row.addAll(numbers(o.figures()));
                csv.printRecord(row);
            }
            List<Object> total = new ArrayList<>(List.of(t(lang, "report.total"), "", "", ""));
            total.addAll(numbers(r.totals()));
            csv.printRecord(total);
            csv.println();
            csv.printRecord(detailHeaders(lang));
            for (ConfirmedHours c : r.confirmedHours()) {
                csv.printRecord(text(c.sourceReference()), text(c.projectTitle()), text(c.organisationName()),
                        text(c.roleTitle()), c.workDate().toString(), c.hours(), c.confirmedOn().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.COMPLIANCE_REPORT_EXPORTED, AuditTarget.FIRM, r.firmId(),
                "csv " + r.from() + " – " + r.to());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell typed by a person never starts a spreadsheet formula. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static List<Object> numbers(Figures f) {
        return List.of(f.owed(), f.allocated(), f.delivered(), f.confirmed(), f.disputed(), f.released(),
                f.expired(), f.remaining(), f.confirmedInPeriod());
    }

    private List<String> obligationHeaders(Locale lang, boolean withStatus) {
        List<String> headers = new ArrayList<>(List.of(t(lang, "report.col.source"), t(lang, "report.col.start"),
                t(lang, "report.col.expiry")));
        if (withStatus) {
            headers.add(t(lang, "report.col.status"));
        }
        for (String key : FIGURE_KEYS) {
            headers.add(t(lang, "report.col." + key));
        }
        return headers;
    }

    private List<String> detailHeaders(Locale lang) {
        return List.of(t(lang, "report.col.source"), t(lang, "report.col.project"),
                t(lang, "report.col.organisation"), t(lang, "report.col.role"), t(lang, "report.col.workDate"),
                t(lang, "report.col.hours"), t(lang, "report.col.confirmedOn"));
    }

    /** Column names of the figures, in the order of {@link #numbers}. */
    public static final List<String> FIGURE_KEYS = List.of("owed", "allocated", "delivered", "confirmed", "disputed",
            "released", "expired", "remaining", "confirmedInPeriod");

    // --- PDF ---------------------------------------------------------------------------------

    /** Issues the report as a PDF with a new verification code, recorded before it is returned. */
    @PreAuthorize("isAuthenticated()")
    public IssuedDocument pdf(String firmId, LocalDate from, LocalDate to, Locale locale) {
        ComplianceReport r = report(firmId, from, to);
        Locale lang = Languages.normalise(locale);
        String issuedBy = accounts.me().displayName();
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("owed", r.totals().owed());
        figures.put("allocated", r.totals().allocated());
        figures.put("delivered", r.totals().delivered());
        figures.put("confirmed", r.totals().confirmed());
        figures.put("remaining", r.totals().remaining());
        figures.put("confirmedInPeriod", r.totals().confirmedInPeriod());
        IssuedDocument issued = issuer.issue(DocumentKind.FIRM_COMPLIANCE, r.firmId(), r.firmName(), r.from(), r.to(),
                figures, lang, t(lang, "report.file"), code -> render(r, lang, code, issuedBy));
        audit.record(AuditAction.COMPLIANCE_REPORT_EXPORTED, AuditTarget.FIRM, r.firmId(),
                "pdf " + r.from() + " – " + r.to() + ", " + issued.code());
        return issued;
    }

    private byte[] render(ComplianceReport r, Locale lang, String code, String issuedBy) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang);
        DateTimeFormatter shortDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang);
        PdfSheet pdf = new PdfSheet(true, t(lang, "report.title"), lang.getLanguage(),
                t(lang, "report.pdf.footer", code));
        pdf.title(t(lang, "report.title"));
        pdf.field(t(lang, "report.firm"), r.firmName());
        if (r.neq() != null) {
            pdf.field(t(lang, "report.neq"), r.neq());
        }
        pdf.field(t(lang, "report.period"), t(lang, "report.period.range", day.format(r.from()), day.format(r.to())));
        pdf.field(t(lang, "report.issued"), t(lang, "report.issued.value",
                day.format(r.generatedAt().atZone(ReportPeriod.ZONE).toLocalDate()), issuedBy));
        pdf.code(t(lang, "report.pdf.code"), code, t(lang, "report.pdf.check", baseUrl + "/verifier/" + code));

        pdf.heading(t(lang, "report.obligations"));
        List<List<String>> rows = new ArrayList<>();
        for (ObligationFigures o : r.obligations()) {
            List<String> row = new ArrayList<>(List.of(o.sourceReference(), shortDay.format(o.startDate()),
                    shortDay.format(o.expiryDate())));
            numbers(o.figures()).forEach(n -> row.add(String.valueOf(n)));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(t(lang, "report.total"), "", ""));
        numbers(r.totals()).forEach(n -> total.add(String.valueOf(n)));
        rows.add(total);
        pdf.table(obligationHeaders(lang, false), rows,
                new float[] {11, 6.5f, 6.5f, 5.8f, 5.8f, 5.8f, 5.8f, 5.8f, 5.8f, 5.8f, 5.8f, 7},
                Set.copyOf(IntStream.range(3, 12).boxed().toList()), true);
        pdf.note(t(lang, "report.note"));

        pdf.heading(t(lang, "report.details"));
        if (r.confirmedHours().isEmpty()) {
            pdf.paragraph(t(lang, "report.details.none"));
        } else {
            List<List<String>> details = r.confirmedHours().stream().map(c -> List.of(c.sourceReference(),
                    c.projectTitle(), c.organisationName(), c.roleTitle(), shortDay.format(c.workDate()),
                    String.valueOf(c.hours()), shortDay.format(c.confirmedOn()))).toList();
            pdf.table(detailHeaders(lang), details, new float[] {4, 4.5f, 4, 3, 2.4f, 1.4f, 2.4f}, Set.of(5), false);
        }
        return pdf.finish();
    }

    private String t(Locale lang, String key, Object... params) {
        return i18n.getTranslation(key, lang, params);
    }
}
