package org.jumelage.reports;

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
import java.util.stream.Collectors;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.SeatRef;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.reports.ParticipationAttestation.Contribution;
import org.jumelage.documents.DocumentIssuer;
import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.documents.PdfSheet;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.jumelage.shared.skills.SkillCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A volunteer's participation attestation: only the hours the organisations confirmed count. The
 * volunteer gets their own; coordinators get anyone's; nobody else gets one.
 */
@Service
public class Attestations {

    private final HoursLedger ledger;
    private final ProjectHeadlines projects;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SkillCatalogue skills;
    private final DocumentIssuer issuer;
    private final TranslationProvider i18n;
    private final java.time.Clock clock;
    private final String baseUrl;

    public Attestations(HoursLedger ledger, ProjectHeadlines projects, AccountService accounts,
            CurrentUser currentUser, SkillCatalogue skills, DocumentIssuer issuer, TranslationProvider i18n,
            java.time.Clock clock, @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.ledger = ledger;
        this.projects = projects;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.skills = skills;
        this.issuer = issuer;
        this.i18n = i18n;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * The attestation of a volunteer (the signed-in one when {@code volunteerId} is null).
     *
     * @throws ReportException {@code attestation.notFound} for someone else's, unless a coordinator
     *                         asks; {@code attestation.noConfirmedHours} while no hours are confirmed
     */
    @PreAuthorize("isAuthenticated()")
    public ParticipationAttestation attestation(String volunteerId) {
        String me = currentUser.requireId();
        String id = volunteerId == null ? me : volunteerId;
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR);
        if (!coordinator && !(id.equals(me) && currentUser.hasRole(Role.VOLUNTEER))) {
            throw new ReportException("attestation.notFound");
        }
        UserSummary volunteer = accounts.find(id).filter(u -> u.hasRole(Role.VOLUNTEER))
                .orElseThrow(() -> new ReportException("attestation.notFound"));
        List<LedgerLine> lines = ledger.lines(ProviderRef.volunteer(id));
        Map<String, LedgerLine> answers = new HashMap<>();
        lines.stream().filter(l -> l.type() == EntryType.CONFIRMED || l.type() == EntryType.DISPUTED)
                .forEach(l -> answers.putIfAbsent(l.answers(), l));
        Map<SeatRef, List<LedgerLine>> confirmed = new LinkedHashMap<>();
        for (LedgerLine l : lines) {
            LedgerLine answer = answers.get(l.id());
            if (l.type() == EntryType.LOGGED && answer != null && answer.type() == EntryType.CONFIRMED) {
                confirmed.computeIfAbsent(new SeatRef(l.projectId(), l.seatId()), s -> new ArrayList<>()).add(l);
            }
        }
        if (confirmed.isEmpty()) {
            throw new ReportException("attestation.noConfirmedHours");
        }
        Map<String, ProjectHeadline> headlines = projects.find(
                confirmed.keySet().stream().map(SeatRef::projectId).toList());
        List<Contribution> contributions = new ArrayList<>();
        confirmed.forEach((seat, worked) -> {
            ProjectHeadline project = headlines.get(seat.projectId());
            var spec = project == null ? null : project.seat(seat.seatId()).orElse(null);
            contributions.add(new Contribution(seat.projectId(), project == null ? seat.projectId() : project.title(),
                    project == null ? "" : project.organisationName(),
                    spec == null ? seat.seatId() : spec.roleTitle(), spec == null ? List.of() : spec.requiredSkills(),
                    worked.stream().map(LedgerLine::workDate).min(Comparator.naturalOrder()).orElseThrow(),
                    worked.stream().map(LedgerLine::workDate).max(Comparator.naturalOrder()).orElseThrow(),
                    worked.stream().mapToInt(LedgerLine::hours).sum()));
        });
        contributions.sort(Comparator.comparing(Contribution::firstDay).thenComparing(Contribution::projectTitle));
        return new ParticipationAttestation(id, volunteer.displayName(), contributions,
                contributions.stream().mapToInt(Contribution::hours).sum(),
                contributions.stream().map(Contribution::firstDay).min(Comparator.naturalOrder()).orElseThrow(),
                contributions.stream().map(Contribution::lastDay).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** Issues the attestation as a PDF with a new verification code, recorded before it is returned. */
    @PreAuthorize("isAuthenticated()")
    public IssuedDocument pdf(String volunteerId, Locale locale) {
        ParticipationAttestation a = attestation(volunteerId);
        Locale lang = Languages.normalise(locale);
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("confirmedHours", a.totalHours());
        figures.put("projects", (int) a.contributions().stream().map(Contribution::projectId).distinct().count());
        return issuer.issue(DocumentKind.VOLUNTEER_ATTESTATION, a.volunteerId(), a.volunteerName(), a.firstDay(),
                a.lastDay(), figures, lang, i18n.getTranslation("attestation.file", lang),
                code -> render(a, lang, code));
    }

    /** Names of the skills, in the language, joined for one cell. */
    public String skillNames(Contribution c, Locale locale) {
        return c.skills().stream().map(s -> skills.label(s.skillCode(), locale)).collect(Collectors.joining(", "));
    }

    private byte[] render(ParticipationAttestation a, Locale lang, String code) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang);
        DateTimeFormatter shortDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang);
        PdfSheet pdf = new PdfSheet(false, t(lang, "attestation.title"), lang.getLanguage(),
                t(lang, "report.pdf.footer", code));
        pdf.title(t(lang, "attestation.title"));
        pdf.paragraph(t(lang, "attestation.pdf.statement", a.volunteerName(), a.totalHours(),
                day.format(a.firstDay()), day.format(a.lastDay())));
        pdf.heading(t(lang, "attestation.contributions"));
        List<List<String>> rows = new ArrayList<>();
        for (Contribution c : a.contributions()) {
            rows.add(List.of(c.projectTitle(), c.organisationName(), c.roleTitle(), skillNames(c, lang),
                    t(lang, "report.period.range", shortDay.format(c.firstDay()), shortDay.format(c.lastDay())),
                    String.valueOf(c.hours())));
        }
        rows.add(List.of(t(lang, "report.total"), "", "", "", "", String.valueOf(a.totalHours())));
        pdf.table(List.of(t(lang, "report.col.project"), t(lang, "report.col.organisation"),
                t(lang, "report.col.role"), t(lang, "attestation.col.skills"), t(lang, "attestation.col.dates"),
                t(lang, "report.col.hours")), rows, new float[] {4, 3.5f, 3, 3.5f, 3.5f, 1.8f}, Set.of(5), true);
        pdf.note(t(lang, "attestation.note"));
        pdf.field(t(lang, "report.issued"), day.format(LocalDate.now(clock.withZone(ReportPeriod.ZONE))));
        pdf.code(t(lang, "report.pdf.code"), code, t(lang, "report.pdf.check", baseUrl + "/verifier/" + code));
        return pdf.finish();
    }

    private String t(Locale lang, String key, Object... params) {
        return i18n.getTranslation(key, lang, params);
    }
}
