package org.jumelage.training.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.jumelage.documents.IssuedDocument;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.Certificates;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.LearnerCourse;
import org.jumelage.training.Learning;
import org.jumelage.training.Progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

/** A course: what it covers, enrolment, progress per lesson and quiz, resume, and the certificate. */
@Route("formation/cours/:code")
@PermitAll
public class CoursePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div content = new Div();
    final Button enrol = new Button();
    final Anchor certificate;

    private final transient Learning learning;
    private final transient Certificates certificates;
    private String code;
    private String title = "";
    private volatile Download shown;

    private record Download(String code, Locale locale) {
    }

    public CoursePageView(Learning learning, Certificates certificates) {
        this.learning = learning;
        this.certificates = certificates;
        addClassName("page");
        setId("course-page");
        enrol.setText(getTranslation("training.enrol"));
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> enrol());
        certificate = new Anchor(DownloadHandler.fromInputStream(event -> download()),
                getTranslation("training.certificate.download"));
        certificate.setId("certificate-pdf");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("code").orElse(""));
    }

    void open(String courseCode) {
        code = courseCode;
        show();
    }

    void enrol() {
        try {
            learning.enrol(code);
        } catch (RefusalException e) {
            Notices.error(e);
        }
        show();
    }

    void show() {
        content.removeAll();
        LearnerCourse course;
        try {
            course = learning.course(code);
        } catch (RefusalException e) {
            title = getTranslation("training.course.notFound");
            content.add(new H1(title), new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        CourseContent c = course.course().content();
        title = c.title().in(getLocale());
        content.add(new H1(title));
        Span facts = new Span(getTranslation("training.facts", getTranslation(c.audience().translationKey()),
                getTranslation(c.level().translationKey()), getTranslation("training.duration", c.durationMinutes()),
                String.join(", ", c.languages().stream().map(l -> getTranslation("training.language." + l)).toList())));
        facts.addClassName("course-facts");
        content.add(facts, new Paragraph(c.summary().in(getLocale())));
        Progress p = course.progress().orElse(null);
        if (p == null) {
            content.add(enrol);
        } else {
            ProgressBar bar = new ProgressBar(0, 100, p.percent());
            bar.setId("course-progress");
            bar.getElement().setAttribute("aria-label", getTranslation("training.progress", p.percent()));
            Paragraph percent = new Paragraph(getTranslation("training.progress", p.percent()));
            percent.setId("progress-text");
            content.add(percent, bar);
            if (p.isCompleted()) {
                Paragraph done = new Paragraph(getTranslation("training.completed"));
                done.setId("course-completed");
                done.addClassName("notice");
                done.addClassName("notice-success");
                shown = new Download(code, getLocale());
                content.add(done, certificate);
            } else if (p.next() != null) {
                RouterLink resume = new RouterLink(getTranslation(p.lessonsRead().isEmpty() && p.quizzes().isEmpty()
                        ? "training.start" : "training.resume"), p.nextIsQuiz() ? QuizView.class : LessonView.class,
                        new RouteParameters(java.util.Map.of("code", code, p.nextIsQuiz() ? "module" : "lesson",
                                p.next())));
                resume.setId("resume");
                resume.addClassName("primary-link");
                content.add(resume);
            }
        }
        for (CourseModule m : c.modules()) {
            content.add(new H2(m.title().in(getLocale())));
            OrderedList steps = new OrderedList();
            for (Lesson l : m.lessons()) {
                ListItem item = new ListItem();
                if (p == null) {
                    item.add(new Span(l.title().in(getLocale())));
                } else {
                    item.add(new RouterLink(l.title().in(getLocale()), LessonView.class,
                            new RouteParameters(java.util.Map.of("code", code, "lesson", l.key()))));
                    if (p.hasRead(l.key())) {
                        item.add(new Span(" · " + getTranslation("training.lesson.read")));
                    }
                }
                steps.add(item);
            }
            if (m.quiz() != null && !m.quiz().questions().isEmpty()) {
                ListItem quiz = new ListItem();
                String label = getTranslation("training.quiz.label", m.quiz().questions().size(), m.quiz().passMark());
                if (p == null) {
                    quiz.add(new Span(label));
                } else {
                    quiz.add(new RouterLink(label, QuizView.class,
                            new RouteParameters(java.util.Map.of("code", code, "module", m.key()))));
                    var q = p.quizzes().get(m.key());
                    if (q != null) {
                        quiz.add(new Span(" · " + getTranslation(q.passed() ? "training.quiz.passedScore"
                                : "training.quiz.bestScore", q.bestScore())));
                    }
                }
                steps.add(quiz);
            }
            content.add(steps);
        }
    }

    /** Runs in the download request, outside the UI lock. */
    private DownloadResponse download() {
        Download what = shown;
        if (what == null) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        try {
            IssuedDocument doc = certificates.pdf(what.code(), what.locale());
            return new DownloadResponse(new ByteArrayInputStream(doc.bytes()), doc.fileName(), IssuedDocument.PDF,
                    doc.bytes().length);
        } catch (RefusalException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
