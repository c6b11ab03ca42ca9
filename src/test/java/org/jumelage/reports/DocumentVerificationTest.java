package org.jumelage.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jumelage.accounts.Role;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.reports.ParticipationAttestation.Contribution;
import org.jumelage.documents.DocumentException;
import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.documents.Verification;
import org.jumelage.documents.VerificationCodeFormat;
import org.junit.jupiter.api.Test;

/**
 * Issued PDFs read back with OpenPDF's text extractor: their code and figures are the ones the
 * verification record keeps, the record matches the exact bytes, and codes are checked for form.
 * Attestations count only confirmed hours and go only to the volunteer and coordinators.
 */
class DocumentVerificationTest extends ReportsTestSupport {

    @Test
    void a_report_pdf_carries_a_code_that_confirms_its_figures_and_its_exact_bytes() {
        Scenario s = scenario();
        signIn(s.firmMember());
        IssuedDocument doc = reports.pdf(s.firm().id(), today().minusDays(60), today(), Locale.FRENCH);
        String text = pdfText(doc.bytes()).replaceAll("\\s+", " ");
        String code = codeIn(text);
        assertThat(code).isEqualTo(doc.code());
        assertThat(doc.fileName()).isEqualTo("rapport-conformite-" + code + ".pdf");
        assertThat(text).contains("Rapport de conformité des heures pro bono", s.firm().profile().name(),
                s.contract().sourceReference(), s.project().title(), "Analyste de données", "/verifier/" + code)
                .doesNotContain("!{");
        assertThat(text).contains("Total 150 70 23 18 8 20 0 100 18", "restantes = dues - attribuées + libérées");

        signOut();
        Verification v = verifications.find(code).orElseThrow();
        assertThat(v.kind()).isEqualTo(DocumentKind.FIRM_COMPLIANCE);
        assertThat(v.subjectName()).isEqualTo(s.firm().profile().name());
        assertThat(v.periodFrom()).isEqualTo(today().minusDays(60));
        assertThat(v.periodTo()).isEqualTo(today());
        assertThat(v.figures()).containsExactly(Map.entry("owed", 150), Map.entry("allocated", 70),
                Map.entry("delivered", 23), Map.entry("confirmed", 18), Map.entry("remaining", 100),
                Map.entry("confirmedInPeriod", 18));
        assertThat(verifications.matches(v, doc.bytes())).isTrue();
        byte[] altered = doc.bytes().clone();
        altered[altered.length / 2] ^= 1;
        assertThat(verifications.matches(v, altered)).isFalse();
        // Typing is forgiving: lower case, spaces, no dashes, no prefix.
        assertThat(verifications.find(code.toLowerCase(Locale.ROOT).replace("-", " "))).contains(v);
        assertThat(verifications.find(code.substring(4).replace("-", ""))).contains(v);
    }

    @Test
    void an_english_report_is_in_english_and_each_download_gets_its_own_code() {
        Scenario s = scenario();
        signIn(s.coordinator());
        IssuedDocument first = reports.pdf(s.firm().id(), today().minusDays(60), today(), Locale.ENGLISH);
        IssuedDocument second = reports.pdf(s.firm().id(), today().minusDays(60), today(), Locale.ENGLISH);
        assertThat(first.code()).isNotEqualTo(second.code());
        String text = pdfText(first.bytes());
        assertThat(text).contains("Pro bono hours compliance report", "Coralie Coordination").doesNotContain("!{");
        assertThat(verifications.find(first.code()).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void unknown_codes_are_not_found_and_malformed_ones_are_refused() {
        assertThat(verifications.find("JUM-2222-3333-4444")).isEmpty();
        for (String bad : List.of("", "bonjour", "JUM-0000-1111-OOOO", "JUM-2222-3333-444", "JUM-2222-3333-44445")) {
            assertThatThrownBy(() -> verifications.find(bad)).as(bad).isInstanceOf(DocumentException.class)
                    .hasMessage("verify.code.malformed");
        }
        assertThatThrownBy(() -> verifications.find(null)).hasMessage("verify.code.malformed");
        assertThat(VerificationCodeFormat.newCode()).matches(CODE.pattern()).doesNotContain("0", "1", "O", "I", "L");
    }

    @Test
    void a_volunteer_attestation_lists_confirmed_hours_per_project_with_the_skills_of_the_seat() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Rosalie Morin");
        Person osbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectWithSeats(osbl);
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, project.id(), "s2", 30, key());
        signIn(volunteer);
        assertThatThrownBy(() -> attestations.attestation(null)).hasMessage("attestation.noConfirmedHours");
        LedgerLine first = ledger.log(me, project.id(), "s2", today().minusDays(6), 7, "Maquette", key());
        LedgerLine second = ledger.log(me, project.id(), "s2", today().minusDays(2), 5, "Tableau", key());
        LedgerLine third = ledger.log(me, project.id(), "s2", today().minusDays(1), 4, "Retouches", key());
        signIn(osbl);
        ledger.confirm(first.id(), null, key());
        ledger.confirm(second.id(), null, key());
        ledger.dispute(third.id(), "Pas fait", key());

        signIn(volunteer);
        ParticipationAttestation a = attestations.attestation(null);
        assertThat(a.volunteerName()).isEqualTo("Rosalie Morin");
        assertThat(a.totalHours()).isEqualTo(12);
        assertThat(a.contributions()).singleElement().satisfies(c -> {
            assertThat(c.projectTitle()).isEqualTo(project.title());
            assertThat(c.organisationName()).isEqualTo(project.organisationName());
            assertThat(c.roleTitle()).isEqualTo("Conception de tableaux");
            assertThat(c.firstDay()).isEqualTo(today().minusDays(6));
            assertThat(c.lastDay()).isEqualTo(today().minusDays(2));
            assertThat(c.hours()).isEqualTo(12);
            assertThat(attestations.skillNames(c, Locale.FRENCH)).isEqualTo("Tableaux de bord Power BI");
        });

        IssuedDocument doc = attestations.pdf(null, Locale.FRENCH);
        String text = pdfText(doc.bytes()).replaceAll("\\s+", " ");
        assertThat(codeIn(text)).isEqualTo(doc.code());
        assertThat(text).contains("Attestation de participation bénévole", "Rosalie Morin", project.title(),
                "Tableaux de bord Power BI", "12 heures").doesNotContain("!{");
        signOut();
        Verification v = verifications.find(doc.code()).orElseThrow();
        assertThat(v.kind()).isEqualTo(DocumentKind.VOLUNTEER_ATTESTATION);
        assertThat(v.subjectName()).isEqualTo("Rosalie Morin");
        assertThat(v.figures()).containsExactly(Map.entry("confirmedHours", 12), Map.entry("projects", 1));
        assertThat(verifications.matches(v, doc.bytes())).isTrue();

        // Coordinators get anyone's; other volunteers and firm members get none.
        signIn(coordinator);
        assertThat(attestations.attestation(volunteer.id()).totalHours()).isEqualTo(12);
        signIn(person(Role.VOLUNTEER, Locale.FRENCH, "Autre bénévole"));
        assertThatThrownBy(() -> attestations.attestation(volunteer.id())).hasMessage("attestation.notFound");
        assertThatThrownBy(() -> attestations.pdf(volunteer.id(), Locale.FRENCH)).hasMessage("attestation.notFound");
        assertThatThrownBy(() -> attestations.attestation(null)).hasMessage("attestation.noConfirmedHours");
        signIn(person(Role.FIRM_MEMBER, Locale.FRENCH, "Firme"));
        assertThatThrownBy(() -> attestations.attestation(volunteer.id())).hasMessage("attestation.notFound");
        assertThatThrownBy(() -> attestations.attestation(null)).hasMessage("attestation.notFound");
    }

    @Test
    void an_attestation_names_contributions_in_english_for_an_english_reader() {
        Person coordinator = person(Role.COORDINATOR, Locale.ENGLISH, "Cora");
        Person volunteer = person(Role.VOLUNTEER, Locale.ENGLISH, "Sam Lee");
        Person osbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectWithSeats(osbl);
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, project.id(), "s1", 10, key());
        signIn(volunteer);
        LedgerLine line = ledger.log(me, project.id(), "s1", today(), 3, "", key());
        signIn(osbl);
        ledger.confirm(line.id(), null, key());
        signIn(volunteer);
        String text = pdfText(attestations.pdf(null, Locale.ENGLISH).bytes()).replaceAll("\\s+", " ");
        assertThat(text).contains("Volunteer participation attestation", "Sam Lee", "Data cleaning and preparation",
                "3 hours").doesNotContain("!{");
        List<Contribution> contributions = attestations.attestation(null).contributions();
        assertThat(contributions).extracting(Contribution::hours).containsExactly(3);
    }
}
