package org.jumelage.training.ui;

import java.util.List;
import java.util.Map;

import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.LearnerCourse;
import org.jumelage.training.Learning;
import org.jumelage.training.LessonMarkdown;
import org.jumelage.training.Progress;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One lesson, its Markdown rendered safely (see {@link LessonMarkdown}), with "mark as read and
 * continue". Opening it records where the learner resumes.
 */
@Route("formation/cours/:code/lecon/:lesson")
@PermitAll
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div body = new Div();
    final Button done = new Button();
    private final transient Learning learning;
    private String code;
    private String lessonKey;
    private String title = "";

    public LessonView(Learning learning) {
        this.learning = learning;
        addClassName("page");
        setId("lesson-view");
        done.setId("lesson-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> markRead());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("code").orElse(""), event.getRouteParameters().get("lesson").orElse(""));
    }

    void open(String courseCode, String lesson) {
        code = courseCode;
        lessonKey = lesson;
        removeAll();
        try {
            learning.enrol(code);
            learning.visit(code, lessonKey);
            show(learning.course(code));
        } catch (RefusalException e) {
            title = getTranslation("training.lesson.notFound");
            add(new H1(title), new Paragraph(Notices.text(e)), back());
        }
    }

    private void show(LearnerCourse course) {
        CourseContent c = course.course().content();
        Lesson lesson = c.lesson(lessonKey).orElseThrow();
        CourseModule module = c.moduleOf(lessonKey).orElseThrow();
        Progress p = course.progress().orElseThrow();
        title = lesson.title().in(getLocale());
        Span where = new Span(c.title().in(getLocale()) + " · " + module.title().in(getLocale()));
        where.addClassName("course-facts");
        body.removeAll();
        body.setId("lesson-body");
        body.add(new Html(LessonMarkdown.toHtml(lesson.body().in(getLocale()))));
        done.setText(getTranslation(p.hasRead(lessonKey) ? "training.lesson.next" : "training.lesson.done"));
        add(back(), where, new H1(title), body, new HorizontalLayout(done));
    }

    void markRead() {
        try {
            Progress p = learning.markRead(code, lessonKey);
            List<String> keys = learning.course(code).course().content().lessonKeys();
            int i = keys.indexOf(lessonKey);
            String nextInOrder = i >= 0 && i + 1 < keys.size() ? keys.get(i + 1) : null;
            CourseContent c = learning.course(code).course().content();
            CourseModule module = c.moduleOf(lessonKey).orElseThrow();
            boolean lastOfModule = module.lessons().get(module.lessons().size() - 1).key().equals(lessonKey);
            if (lastOfModule && module.quiz() != null && !p.passed(module.key())) {
                getUI().ifPresent(ui -> ui.navigate(QuizView.class,
                        new RouteParameters(Map.of("code", code, "module", module.key()))));
            } else if (nextInOrder != null && !p.isCompleted()) {
                getUI().ifPresent(ui -> ui.navigate(LessonView.class,
                        new RouteParameters(Map.of("code", code, "lesson", nextInOrder))));
            } else {
                getUI().ifPresent(ui -> ui.navigate(CoursePageView.class, new RouteParameters("code", code)));
            }
        } catch (RefusalException e) {
            Notices.error(e);
        }
    }

    private RouterLink back() {
        RouterLink link = new RouterLink(getTranslation("training.backToCourse"), CoursePageView.class,
                new RouteParameters("code", code));
        link.setId("back-to-course");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
