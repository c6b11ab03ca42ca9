package org.jumelage.training.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.Audience;
import org.jumelage.training.Bilingual;
import org.jumelage.training.CourseAuthoring;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseLevel;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.LessonMarkdown;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
 * Edits a draft version of a course: its description, its modules (titled, added, reordered,
 * deleted after confirmation), one lesson at a time (Markdown in French and English with a live
 * preview of the safe rendering; added, reordered, deleted after confirmation) and each module's
 * quiz question by question. Saving sends the whole course with the version read, so a concurrent
 * edit is refused; the draft's rules check the quizzes.
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
    final ComboBox<String> modulePicker = new ComboBox<>();
    final TextField moduleTitleFr = new TextField();
    final TextField moduleTitleEn = new TextField();
    final Button addModule = new Button();
    final Button moduleUp = new Button();
    final Button moduleDown = new Button();
    final Button deleteModule = new Button();
    final ComboBox<String> lessonPicker = new ComboBox<>();
    final TextField lessonTitleFr = new TextField();
    final TextField lessonTitleEn = new TextField();
    final TextArea bodyFr = new TextArea();
    final TextArea bodyEn = new TextArea();
    final Div previewFr = new Div();
    final Div previewEn = new Div();
    final Button addLesson = new Button();
    final Button lessonUp = new Button();
    final Button lessonDown = new Button();
    final Button deleteLesson = new Button();
    final QuizEditor quiz = new QuizEditor(this::newQuestionKey);
    final Button save = new Button();
    final Button publish = new Button();
    /** The open confirmation of a deletion, if any. */
    ConfirmDialog confirmDelete;

    private final transient CourseAuthoring authoring;
    /** Modules as edited; the selected module's and lesson's fields are put back by {@link #keep()}. */
    private final List<CourseModule> modules = new ArrayList<>();
    private CourseVersion current;
    private String selectedModule;
    private String selectedLesson;
    /** True while the view itself changes the pickers, so their listeners do not take it for a choice. */
    private boolean updating;

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
        modulePicker.setLabel(getTranslation("training.edit.module"));
        modulePicker.setId("module-picker");
        modulePicker.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                keep();
                showModule(e.getValue(), null);
            }
        });
        label(moduleTitleFr, "training.edit.moduleTitleFr", "module-title-fr");
        label(moduleTitleEn, "training.edit.moduleTitleEn", "module-title-en");
        lessonPicker.setLabel(getTranslation("training.edit.lesson"));
        lessonPicker.setId("lesson-picker");
        lessonPicker.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                keep();
                selectLesson(e.getValue());
            }
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
        save.setText(getTranslation("training.edit.save"));
        save.setId("save-course");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("training.author.publish"));
        publish.setId("publish-course");
        publish.addClickListener(e -> publishCourse());
        button(addModule, "training.edit.addModule", "add-module", this::addModule);
        button(moduleUp, "training.edit.moduleUp", "module-up", () -> moveModule(-1));
        button(moduleDown, "training.edit.moduleDown", "module-down", () -> moveModule(1));
        button(deleteModule, "training.edit.deleteModule", "delete-module", this::askDeleteModule);
        button(addLesson, "training.edit.addLesson", "add-lesson", this::addLesson);
        button(lessonUp, "training.edit.lessonUp", "lesson-up", () -> moveLesson(-1));
        button(lessonDown, "training.edit.lessonDown", "lesson-down", () -> moveLesson(1));
        button(deleteLesson, "training.edit.deleteLesson", "delete-lesson", this::askDeleteLesson);
        deleteModule.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteLesson.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    private void button(Button b, String key, String id, Runnable action) {
        b.setText(getTranslation(key));
        b.setId(id);
        b.addClickListener(e -> action.run());
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
        HorizontalLayout moduleBar = bar(modulePicker, addModule, moduleUp, moduleDown, deleteModule);
        HorizontalLayout moduleTitles = new HorizontalLayout(moduleTitleFr, moduleTitleEn);
        HorizontalLayout lessonBar = bar(lessonPicker, addLesson, lessonUp, lessonDown, deleteLesson);
        HorizontalLayout lessonTitles = new HorizontalLayout(lessonTitleFr, lessonTitleEn);
        HorizontalLayout bodies = new HorizontalLayout(new Div(bodyFr, previewFr), new Div(bodyEn, previewEn));
        bodies.setWidthFull();
        add(back, new H1(getTranslation("training.edit.heading")), state, code, titles, summaries, facts, skills,
                new H2(getTranslation("training.edit.modules")), moduleBar, moduleTitles,
                new H2(getTranslation("training.edit.lessonsHeading")), lessonBar, lessonTitles, bodies,
                new H2(getTranslation("training.edit.quizHeading")), quiz, new HorizontalLayout(save, publish));
        showModule(modules.isEmpty() ? null : modules.get(0).key(), null);
    }

    private static HorizontalLayout bar(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout bar = new HorizontalLayout(parts);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
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

    /** Shows a module (null for none): its titles, its lessons (one selected) and its quiz. */
    void showModule(String moduleKey, String lessonKey) {
        CourseModule module = module(moduleKey);
        selectedModule = module == null ? null : module.key();
        updating = true;
        try {
            modulePicker.setItems(modules.stream().map(CourseModule::key).toList());
            modulePicker.setItemLabelGenerator(k -> {
                CourseModule m = module(k);
                return (modules.indexOf(m) + 1) + ". " + (m == null ? k : m.title().fr());
            });
            modulePicker.setValue(selectedModule);
            List<String> lessons = module == null ? List.of() : module.lessons().stream().map(Lesson::key).toList();
            lessonPicker.setItems(lessons);
            lessonPicker.setItemLabelGenerator(k -> lessonLabel(module, k));
            String lesson = lessonKey != null && lessons.contains(lessonKey) ? lessonKey
                    : lessons.isEmpty() ? null : lessons.get(0);
            lessonPicker.setValue(lesson);
            moduleTitleFr.setValue(module == null ? "" : module.title().fr());
            moduleTitleEn.setValue(module == null ? "" : module.title().en());
            quiz.setQuiz(module == null ? null : module.quiz());
            selectLesson(lesson);
        } finally {
            updating = false;
        }
        int at = modules.indexOf(module);
        moduleUp.setEnabled(at > 0);
        moduleDown.setEnabled(at >= 0 && at < modules.size() - 1);
        deleteModule.setEnabled(module != null);
        addLesson.setEnabled(true);
        moduleTitleFr.setEnabled(module != null);
        moduleTitleEn.setEnabled(module != null);
        quiz.setEnabled(module != null);
    }

    private static String lessonLabel(CourseModule module, String key) {
        if (module == null) {
            return key;
        }
        for (int i = 0; i < module.lessons().size(); i++) {
            Lesson l = module.lessons().get(i);
            if (l.key().equals(key)) {
                return (i + 1) + ". " + (l.title().fr().isBlank() ? key : l.title().fr());
            }
        }
        return key;
    }

    void selectLesson(String key) {
        CourseModule module = module(selectedModule);
        Lesson lesson = module == null || key == null ? null : module.lessons().stream()
                .filter(l -> l.key().equals(key)).findFirst().orElse(null);
        selectedLesson = lesson == null ? null : lesson.key();
        lessonTitleFr.setValue(lesson == null ? "" : lesson.title().fr());
        lessonTitleEn.setValue(lesson == null ? "" : lesson.title().en());
        bodyFr.setValue(lesson == null ? "" : lesson.body().fr());
        bodyEn.setValue(lesson == null ? "" : lesson.body().en());
        for (var field : List.of(lessonTitleFr, lessonTitleEn, bodyFr, bodyEn)) {
            field.setEnabled(lesson != null);
        }
        int at = module == null || lesson == null ? -1 : module.lessons().indexOf(lesson);
        lessonUp.setEnabled(at > 0);
        lessonDown.setEnabled(at >= 0 && at < module.lessons().size() - 1);
        deleteLesson.setEnabled(lesson != null);
    }

    /** Puts the fields of the selected module, its lesson and its quiz back into the modules. */
    void keep() {
        CourseModule module = module(selectedModule);
        if (module == null) {
            return;
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson l : module.lessons()) {
            lessons.add(l.key().equals(selectedLesson) ? new Lesson(l.key(), new Bilingual(lessonTitleFr.getValue(),
                    lessonTitleEn.getValue()), new Bilingual(bodyFr.getValue(), bodyEn.getValue())) : l);
        }
        modules.set(modules.indexOf(module), new CourseModule(module.key(), new Bilingual(moduleTitleFr.getValue(),
                moduleTitleEn.getValue()), lessons, quiz.getQuiz()));
    }

    private CourseModule module(String key) {
        return key == null ? null : modules.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /** Keys of every module, lesson and question of the course, including questions not kept yet. */
    private Set<String> keys() {
        Set<String> keys = new HashSet<>(quiz.questionKeys());
        for (CourseModule m : modules) {
            keys.add(m.key());
            m.lessons().forEach(l -> keys.add(l.key()));
            if (m.quiz() != null) {
                m.quiz().questions().forEach(q -> keys.add(q.key()));
            }
        }
        return keys;
    }

    private String freshKey(String prefix) {
        Set<String> taken = keys();
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private String newQuestionKey() {
        return freshKey((selectedModule == null ? "m" : selectedModule) + "-q");
    }

    void addModule() {
        keep();
        String key = freshKey("m");
        String lesson = freshKey(key + "-l");
        String title = getTranslation("training.edit.moduleTitle", modules.size() + 1);
        modules.add(new CourseModule(key, new Bilingual(title, title), List.of(new Lesson(lesson,
                new Bilingual("", ""), new Bilingual("", ""))), null));
        showModule(key, lesson);
    }

    void addLesson() {
        if (modules.isEmpty()) {
            addModule();
            return;
        }
        keep();
        CourseModule module = module(selectedModule);
        String key = freshKey(module.key() + "-l");
        List<Lesson> lessons = new ArrayList<>(module.lessons());
        lessons.add(new Lesson(key, new Bilingual("", ""), new Bilingual("", "")));
        modules.set(modules.indexOf(module), new CourseModule(module.key(), module.title(), lessons, module.quiz()));
        showModule(module.key(), key);
    }

    void moveModule(int by) {
        keep();
        int from = modules.indexOf(module(selectedModule));
        int to = from + by;
        if (from >= 0 && to >= 0 && to < modules.size()) {
            Collections.swap(modules, from, to);
        }
        showModule(selectedModule, selectedLesson);
    }

    void moveLesson(int by) {
        keep();
        CourseModule module = module(selectedModule);
        if (module == null) {
            return;
        }
        List<Lesson> lessons = new ArrayList<>(module.lessons());
        int from = module.lessons().stream().map(Lesson::key).toList().indexOf(selectedLesson);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < lessons.size()) {
            Collections.swap(lessons, from, to);
            modules.set(modules.indexOf(module), new CourseModule(module.key(), module.title(), lessons,
                    module.quiz()));
        }
        showModule(module.key(), selectedLesson);
    }

    void askDeleteModule() {
        CourseModule module = module(selectedModule);
        if (module != null) {
            confirm(getTranslation("training.edit.deleteModule.title"), getTranslation(
                    "training.edit.deleteModule.text", module.title().fr(), module.lessons().size()), this::deleteModule);
        }
    }

    void askDeleteLesson() {
        if (selectedLesson != null) {
            String title = lessonTitleFr.getValue().isBlank() ? selectedLesson : lessonTitleFr.getValue();
            confirm(getTranslation("training.edit.deleteLesson.title"),
                    getTranslation("training.edit.deleteLesson.text", title), this::deleteLesson);
        }
    }

    private void confirm(String header, String text, Runnable action) {
        confirmDelete = new ConfirmDialog();
        confirmDelete.setId("confirm-delete");
        confirmDelete.setHeader(header);
        confirmDelete.setText(text);
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("training.edit.delete.keep"));
        confirmDelete.setConfirmText(getTranslation("training.edit.delete.confirm"));
        confirmDelete.setConfirmButtonTheme("error primary");
        ConfirmDialog dialog = confirmDelete;
        confirmDelete.addConfirmListener(e -> {
            // Closed before the change, so that its notice belongs to the page rather than the dialog.
            dialog.close();
            action.run();
        });
        confirmDelete.open();
    }

    /** Takes the selected module out of the draft (once confirmed); saving the draft makes it final. */
    void deleteModule() {
        CourseModule module = module(selectedModule);
        if (module == null) {
            return;
        }
        int at = modules.indexOf(module);
        modules.remove(at);
        selectedModule = null;
        selectedLesson = null;
        showModule(modules.isEmpty() ? null : modules.get(Math.min(at, modules.size() - 1)).key(), null);
        Notices.success("training.edit.deleted");
    }

    /** Takes the selected lesson out of its module (once confirmed). */
    void deleteLesson() {
        keep();
        CourseModule module = module(selectedModule);
        if (module == null || selectedLesson == null) {
            return;
        }
        List<Lesson> lessons = new ArrayList<>(module.lessons());
        int at = lessons.stream().map(Lesson::key).toList().indexOf(selectedLesson);
        lessons.remove(at);
        modules.set(modules.indexOf(module), new CourseModule(module.key(), module.title(), lessons, module.quiz()));
        selectedLesson = null;
        showModule(module.key(), lessons.isEmpty() ? null : lessons.get(Math.min(at, lessons.size() - 1)).key());
        Notices.success("training.edit.deleted");
    }

    CourseContent content() {
        keep();
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

    @Override
    public String getPageTitle() {
        return getTranslation("training.edit.heading") + " · " + getTranslation("app.name");
    }
}
