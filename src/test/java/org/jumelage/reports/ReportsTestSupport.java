package org.jumelage.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jumelage.accounts.Role;
import org.jumelage.documents.Verifications;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * A firm with two obligations whose hours went through the whole ledger (allocated, logged,
 * confirmed, disputed, released), and the helpers to read the PDFs the reports module issues.
 */
public abstract class ReportsTestSupport extends FirmsTestSupport {

    public static final Pattern CODE = Pattern.compile("JUM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Autowired
    protected ComplianceReports reports;
    @Autowired
    protected Attestations attestations;
    @Autowired
    protected Verifications verifications;

    /** The people and records of one scenario. */
    public record Scenario(Person coordinator, Person firmMember, Person osblMember, FirmDetails firm,
            ObligationView contract, ObligationView programme, ProjectView project) {
    }

    /**
     * Contract (100 h): 40 h on s1 and 20 h on s2; on s1, 12 h logged five days ago and confirmed, 8 h
     * three days ago and disputed, 5 h two days ago not yet answered; s2 released untouched.
     * Programme (50 h): 10 h on s3, 6 h logged yesterday and confirmed.
     */
    protected Scenario scenario() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie Coordination");
        Person firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex Firme");
        FirmDetails firm = verifiedFirmOf(firmMember, "Boréal IA");
        ObligationView contract = obligations.declare(firm.id(),
                obligation(100, today().minusDays(30), today().plusDays(200)));
        ObligationView programme = obligations.declare(firm.id(),
                obligation(50, today().minusDays(30), today().plusDays(100)));
        Person osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga Organisme");
        ProjectView project = projectWithSeats(osblMember);

        ProviderRef c = ProviderRef.obligation(contract.id());
        ProviderRef p = ProviderRef.obligation(programme.id());
        signIn(coordinator);
        ledger.allocate(c, project.id(), "s1", 40, key());
        ledger.allocate(c, project.id(), "s2", 20, key());
        ledger.allocate(p, project.id(), "s3", 10, key());
        signIn(firmMember);
        LedgerLine confirmed = ledger.log(c, project.id(), "s1", today().minusDays(5), 12, "Nettoyage des données", key());
        LedgerLine disputed = ledger.log(c, project.id(), "s1", today().minusDays(3), 8, "Atelier", key());
        ledger.log(c, project.id(), "s1", today().minusDays(2), 5, "Tableau de bord", key());
        LedgerLine fromProgramme = ledger.log(p, project.id(), "s3", today().minusDays(1), 6, "Formation", key());
        signIn(osblMember);
        ledger.confirm(confirmed.id(), "Merci", key());
        ledger.dispute(disputed.id(), "Atelier annulé", key());
        ledger.confirm(fromProgramme.id(), null, key());
        signIn(coordinator);
        ledger.release(c, project.id(), "s2", key());
        signOut();
        return new Scenario(coordinator, firmMember, osblMember, firm,
                contract, programme, project);
    }

    /** A project with three seats (s1, s2, s3) of a new organisation administered by the person. */
    protected ProjectView projectWithSeats(Person osblMember) {
        registered(osblMember, "Comptoir alimentaire " + key().substring(0, 6));
        ProjectDraft titled = ProjectDraft.titled("Tableau de bord des dons " + key().substring(0, 6));
        List<SeatSpec> seats = List.of(
                seat("Analyste de données", new RequiredSkill("data.cleaning", SkillLevel.WORKING)),
                seat("Conception de tableaux", new RequiredSkill("data.power-bi", SkillLevel.WORKING)),
                seat("Formation du personnel", new RequiredSkill("data.cleaning", SkillLevel.BASIC)));
        ProjectDraft draft = new ProjectDraft(titled.title(), "", "", "", null, null, null, null, titled.priority(), "",
                seats, null, null);
        return projects.create(draft);
    }

    private static SeatSpec seat(String role, RequiredSkill skill) {
        return new SeatSpec(null, role, List.of(skill), 40, ProviderKind.FIRM, true, Region.MONTREAL,
                WorkingLanguage.FRENCH);
    }

    /** The day of the clock in Québec, where the reports date ledger lines. */
    protected LocalDate montrealToday() {
        return clock.instant().atZone(ReportPeriod.ZONE).toLocalDate();
    }

    /** The text of every page of a PDF, as OpenPDF extracts it. */
    public static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verification code printed in a PDF's text. */
    public static String codeIn(String text) {
        Matcher m = CODE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No verification code in:\n" + text);
        }
        return m.group();
    }
}
