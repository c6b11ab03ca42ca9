package org.jumelage.training.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.Audience;
import org.jumelage.training.Bilingual;
import org.jumelage.training.CourseAuthoring;
import org.jumelage.training.CourseBundles;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseContent.Quiz;
import org.jumelage.training.CourseLevel;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.LessonMarkdown;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a draft version of a course: its description, then one lesson at a time (Markdown in
 * French and English with a live preview of the safe rendering) and each module's quiz, written
 * in the bundle format. Saving sends the whole course with the version read, so a concurrent edit
 * is refused.
 */
@Route("coordination/formation/cours/:id")
@RolesAllowed(Role.COORDINATOR_ROLE)
public class CourseEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    final TextField code = new TextField();
    final TextField titleFr = new TextField();
    final TextField titleEn = new TextField();
    final TextArea summaryFr = new TextArea();
    final TextArea summaryEn = new TextArea();
    final ComboBox<Audience> audience = new ComboBox<>();
    final ComboBox<CourseLevel> level = new ComboBox<>();
    final IntegerField duration = new IntegerField();
    final IntegerField attempts = new IntegerField();
    final TextField skills = new TextField();
    final ComboBox<String> lessonPicker = new ComboBox<>();
    final TextField lessonTitleFr = new TextField();
    final TextField lessonTitleEn = new TextField();
    final TextArea bodyFr = new TextArea();
    final TextArea bodyEn = new TextArea();
    final Div previewFr = new Div();
    final Div previewEn = new Div();
    final TextArea quiz = new TextArea();
    final Button save = new Button();
    final Button publish = new Button();
    final Button addLesson = new Button();
    final Button addModule = new Button();

    private final transient CourseAuthoring authoring;
    /** Modules as edited, lessons replaced as the author moves between them. */
    private final List<CourseModule> modules = new ArrayList<>();
    private CourseVersion current;
    private String selectedLesson;

    public CourseEditorView(CourseAuthoring authoring) {
        this.authoring = authoring;
        addClassName("page");
        setId("course-editor");
        label(code, "training.edit.code", "edit-code");
        code.setHelperText(getTranslation("training.edit.code.help"));
        label(titleFr, "training.edit.titleFr", "edit-title-fr");
        label(titleEn, "training.edit.titleEn", "edit-title-en");
        label(summaryFr, "training.edit.summaryFr", "edit-summary-fr");
        label(summaryEn, "training.edit.summaryEn", "edit-summary-en");
        audience.setLabel(getTranslation("training.filter.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        level.setLabel(getTranslation("training.filter.level"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        duration.setLabel(getTranslation("training.edit.duration"));
        attempts.setLabel(getTranslation("training.edit.attempts"));
        attempts.setHelperText(getTranslation("training.edit.attempts.help"));
        label(skills, "training.edit.skills", "edit-skills");
        skills.setHelperText(getTranslation("training.edit.skills.help"));
        lessonPicker.setLabel(getTranslation("training.edit.lesson"));
        lessonPicker.setId("lesson-picker");
        lessonPicker.addValueChangeListener(e -> {
            keepLesson();
            selectLesson(e.getValue());
        });
        label(lessonTitleFr, "training.edit.lessonTitleFr", "lesson-title-fr");
        label(lessonTitleEn, "training.edit.lessonTitleEn", "lesson-title-en");
        label(bodyFr, "training.edit.bodyFr", "lesson-body-fr");
        label(bodyEn, "training.edit.bodyEn", "lesson-body-en");
        for (TextArea body : List.of(bodyFr, bodyEn)) {
            body.setValueChangeMode(ValueChangeMode.LAZY);
            body.setMinHeight("14em");
            body.setWidthFull();
        }
        bodyFr.addValueChangeListener(e -> preview(previewFr, e.getValue()));
        bodyEn.addValueChangeListener(e -> preview(previewEn, e.getValue()));
        previewFr.setId("preview-fr");
        previewEn.setId("preview-en");
        previewFr.addClassName("lesson-preview");
        previewEn.addClassName("lesson-preview");
        label(quiz, "training.edit.quiz", "edit-quiz");
        quiz.setHelperText(getTranslation("training.edit.quiz.help"));
        quiz.setWidthFull();
        quiz.setMinHeight("12em");
        save.setText(getTranslation("training.edit.save"));
        save.setId("save-course");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("training.author.publish"));
        publish.setId("publish-course");
        publish.addClickListener(e -> publishCourse());
        addLesson.setText(getTranslation("training.edit.addLesson"));
        addLesson.addClickListener(e -> addLesson());
        addModule.setText(getTranslation("training.edit.addModule"));
        addModule.addClickListener(e -> addModule());
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(NEW));
    }

    void open(String id) {
        removeAll();
        modules.clear();
        current = null;
        if (!NEW.equals(id)) {
            try {
                current = authoring.get(id);
            } catch (RefusalException e) {
                add(new H1(getTranslation("training.course.notFound")));
                return;
            }
            fill(current.content());
        }
        layout();
    }

    private void layout() {
        RouterLink back = new RouterLink(getTranslation("training.author.heading"), CourseAuthoringView.class);
        Paragraph state = new Paragraph(current == null ? getTranslation("training.edit.new")
                : getTranslation("training.edit.state", current.code(), current.revision(),
                        getTranslation(current.status().translationKey())));
        state.setId("editor-state");
        code.setReadOnly(current != null);
        boolean editable = current == null || current.isDraft();
        save.setEnabled(editable);
        publish.setEnabled(current != null && current.isDraft());
        HorizontalLayout titles = new HorizontalLayout(titleFr, titleEn);
        HorizontalLayout summaries = new HorizontalLayout(summaryFr, summaryEn);
        HorizontalLayout facts = new HorizontalLayout(audience, level, duration, attempts);
        facts.setWrap(true);
        HorizontalLayout lessonTitles = new HorizontalLayout(lessonTitleFr, lessonTitleEn);
        HorizontalLayout bodies = new HorizontalLayout(new Div(bodyFr, previewFr), new Div(bodyEn, previewEn));
        bodies.setWidthFull();
        add(back, new H1(getTranslation("training.edit.heading")), state, code, titles, summaries, facts, skills,
                new H2(getTranslation("training.edit.lessons")), new HorizontalLayout(lessonPicker, addLesson,
                        addModule), lessonTitles, bodies, quiz, new HorizontalLayout(save, publish));
        refreshPicker(null);
    }

    private void fill(CourseContent c) {
        code.setValue(c.code());
        titleFr.setValue(c.title().fr());
        titleEn.setValue(c.title().en());
        summaryFr.setValue(c.summary().fr());
        summaryEn.setValue(c.summary().en());
        audience.setValue(c.audience());
        level.setValue(c.level());
        duration.setValue(c.durationMinutes());
        attempts.setValue(c.maxQuizAttempts());
        skills.setValue(String.join(", ", c.relatedSkills()));
        modules.addAll(c.modules());
    }

    private void refreshPicker(String select) {
        List<String> keys = modules.stream().flatMap(m -> m.lessons().stream()).map(Lesson::key).toList();
        lessonPicker.setItems(keys);
        lessonPicker.setItemLabelGenerator(k -> modules.stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.key().equals(k)).findFirst().map(l -> k + " · " + l.title().fr()).orElse(k));
        if (!keys.isEmpty()) {
            lessonPicker.setValue(select != null && keys.contains(select) ? select : keys.get(0));
        }
    }

    void selectLesson(String key) {
        selectedLesson = key;
        CourseModule module = moduleOf(key);
        Lesson lesson = module == null ? null : module.lessons().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElse(null);
        lessonTitleFr.setValue(lesson == null ? "" : lesson.title().fr());
        lessonTitleEn.setValue(lesson == null ? "" : lesson.title().en());
        bodyFr.setValue(lesson == null ? "" : lesson.body().fr());
        bodyEn.setValue(lesson == null ? "" : lesson.body().en());
        quiz.setValue(module == null || module.quiz() == null ? "" : quizText(module.quiz()));
    }

    /** Puts the fields of the selected lesson and its module's quiz back into the modules. */
    void keepLesson() {
        if (selectedLesson == null) {
            return;
        }
        CourseModule module = moduleOf(selectedLesson);
        if (module == null) {
            return;
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson l : module.lessons()) {
            lessons.add(l.key().equals(selectedLesson) ? new Lesson(l.key(), new Bilingual(lessonTitleFr.getValue(),
                    lessonTitleEn.getValue()), new Bilingual(bodyFr.getValue(), bodyEn.getValue())) : l);
        }
        Quiz q = parseQuiz(quiz.getValue());
        modules.set(modules.indexOf(module), new CourseModule(module.key(), module.title(), lessons, q));
    }

    private CourseModule moduleOf(String lessonKey) {
        return modules.stream().filter(m -> m.lessons().stream().anyMatch(l -> l.key().equals(lessonKey)))
                .findFirst().orElse(null);
    }

    void addModule() {
        keepLesson();
        int n = modules.size() + 1;
        String key = "m" + n + "-l1";
        modules.add(new CourseModule("m" + n, new Bilingual(getTranslation("training.edit.moduleTitle", n),
                getTranslation("training.edit.moduleTitle", n)), List.of(new Lesson(key, new Bilingual("", ""),
                        new Bilingual("", ""))), null));
        selectedLesson = null;
        refreshPicker(key);
    }

    void addLesson() {
        if (modules.isEmpty()) {
            addModule();
            return;
        }
        keepLesson();
        CourseModule module = selectedLesson == null ? modules.get(modules.size() - 1) : moduleOf(selectedLesson);
        String key = module.key() + "-l" + (module.lessons().size() + 1);
        List<Lesson> lessons = new ArrayList<>(module.lessons());
        lessons.add(new Lesson(key, new Bilingual("", ""), new Bilingual("", "")));
        modules.set(modules.indexOf(module), new CourseModule(module.key(), module.title(), lessons, module.quiz()));
        selectedLesson = null;
        refreshPicker(key);
    }

    CourseContent content() {
        keepLesson();
        List<String> skillCodes = Arrays.stream(skills.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new CourseContent(code.getValue(), new Bilingual(titleFr.getValue(), titleEn.getValue()),
                new Bilingual(summaryFr.getValue(), summaryEn.getValue()), audience.getValue(),
                duration.getValue() == null ? 0 : duration.getValue(), level.getValue(), List.of("fr", "en"),
                skillCodes, attempts.getValue() == null ? 0 : attempts.getValue(), modules);
    }

    void save() {
        try {
            CourseContent c = content();
            current = current == null ? authoring.create(c) : authoring.saveDraft(current.id(), c, current.version());
            Notices.success("training.edit.saved");
            getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, new RouteParameters("id", current.id())));
        } catch (RefusalException e) {
            Notices.error(e);
        }
    }

    void publishCourse() {
        try {
            current = authoring.saveDraft(current.id(), content(), current.version());
            current = authoring.publish(current.id(), current.version());
            Notices.success("training.author.published");
            getUI().ifPresent(ui -> ui.navigate(CourseAuthoringView.class));
        } catch (RefusalException e) {
            Notices.error(e);
        }
    }

    private static void preview(Div target, String markdown) {
        target.removeAll();
        target.add(new Html(LessonMarkdown.toHtml(markdown)));
    }

    private static String quizText(Quiz quiz) {
        return new String(CourseBundles.writeQuiz(quiz), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Quiz parseQuiz(String text) {
        return text == null || text.isBlank() ? null : CourseBundles.readQuiz(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.edit.heading") + " · " + getTranslation("app.name");
    }
}
