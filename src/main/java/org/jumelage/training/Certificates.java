package org.jumelage.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.documents.DocumentIssuer;
import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.documents.PdfSheet;
import org.jumelage.documents.Verifications;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.jumelage.training.internal.Course;
import org.jumelage.training.internal.CourseStore;
import org.jumelage.training.internal.Enrolment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A learner's certificate of completion: a PDF with their name, the course, the date of completion
 * and a verification code that the public {@code /verifier} page confirms. Only the learner gets
 * their own, and only once the course is complete.
 */
@Service
public class Certificates {

    private final CourseStore store;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final DocumentIssuer issuer;
    private final TranslationProvider i18n;
    private final String baseUrl;

    public Certificates(CourseStore store, CurrentUser currentUser, AccountService accounts, DocumentIssuer issuer,
            TranslationProvider i18n, @Value("${jumelage.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.issuer = issuer;
        this.i18n = i18n;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @throws TrainingException {@code training.certificate.notCompleted} before completion */
    @PreAuthorize("isAuthenticated()")
    public IssuedDocument pdf(String courseCode, Locale locale) {
        String me = currentUser.requireId();
        Enrolment e = store.enrolments().findByUserIdAndCourseCode(me, courseCode)
                .filter(x -> x.getCompletedAt() != null)
                .orElseThrow(() -> new TrainingException("training.certificate.notCompleted"));
        Course course = store.course(e.getCourseId());
        Locale lang = Languages.normalise(locale);
        String learner = accounts.me().displayName();
        String title = course.getContent().title().in(lang);
        LocalDate completed = e.getCompletedAt().atZone(Verifications.ZONE).toLocalDate();
        return issuer.issue(DocumentKind.COURSE_CERTIFICATE, me, learner, completed, completed, Map.of(),
                Map.of("course", title), lang, i18n.getTranslation("training.certificate.file", lang),
                code -> render(learner, course, title, completed, lang, code));
    }

    private byte[] render(String learner, Course course, String title, LocalDate completed, Locale lang,
            String code) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang);
        var c = course.getContent();
        PdfSheet pdf = new PdfSheet(false, t(lang, "training.certificate.title"), lang.getLanguage(),
                t(lang, "report.pdf.footer", code));
        pdf.title(t(lang, "training.certificate.title"));
        pdf.paragraph(t(lang, "training.certificate.statement", learner, title, day.format(completed)));
        pdf.field(t(lang, "training.certificate.learner"), learner);
        pdf.field(t(lang, "training.certificate.course"), title);
        pdf.field(t(lang, "training.certificate.version"), String.valueOf(course.getRevision()));
        pdf.field(t(lang, "training.certificate.duration"), t(lang, "training.duration", c.durationMinutes()));
        pdf.field(t(lang, "training.certificate.completed"), day.format(completed));
        pdf.note(c.summary().in(lang));
        pdf.code(t(lang, "report.pdf.code"), code, t(lang, "report.pdf.check", baseUrl + "/verifier/" + code));
        return pdf.finish();
    }

    private String t(Locale lang, String key, Object... params) {
        return i18n.getTranslation(key, lang, params);
    }
}
