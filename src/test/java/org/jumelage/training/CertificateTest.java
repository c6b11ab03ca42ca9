package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.documents.Verification;
import org.jumelage.documents.Verifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** A completed course gives a certificate PDF whose code the public verification confirms. */
class CertificateTest extends TrainingTestSupport {

    @Autowired
    Verifications verifications;

    @Test
    void a_certificate_names_the_learner_the_course_and_a_code_that_verifies() throws IOException {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Certificats");
        Person learner = person(Role.OSBL_MEMBER, Locale.FRENCH, "Camille Certifiée");
        String code = newCode();
        published(coordinator, course(code, 0));
        signIn(learner);
        learning.enrol(code);
        for (String l : new String[] {"l1", "l2", "l3"}) {
            learning.markRead(code, l);
        }
        learning.submitQuiz(code, "m1", RIGHT_M1);
        learning.submitQuiz(code, "m2", RIGHT_M2);

        IssuedDocument doc = certificates.pdf(code, Locale.FRENCH);
        PdfReader reader = new PdfReader(doc.bytes());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(text).contains("Camille Certifiée", "Course " + code + " (fr)", doc.code(), "/verifier/" + doc.code());
        assertThat(doc.fileName()).endsWith(doc.code() + ".pdf");

        signOut();
        Verification v = verifications.find(doc.code()).orElseThrow();
        assertThat(v.kind()).isEqualTo(DocumentKind.COURSE_CERTIFICATE);
        assertThat(v.subjectName()).isEqualTo("Camille Certifiée");
        assertThat(v.texts()).containsEntry("course", "Course " + code + " (fr)");
        assertThat(v.periodTo()).isNotNull();
        assertThat(verifications.matches(v, doc.bytes())).isTrue();
    }
}
