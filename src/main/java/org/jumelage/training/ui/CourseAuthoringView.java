package org.jumelage.training.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;

import org.jumelage.accounts.Role;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.CourseAuthoring;
import org.jumelage.training.CourseStatus;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.StarterCourses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * Coordinators' list of courses (newest version of each): edit (a published course gets a new
 * draft), publish, unpublish, export a bundle, import a bundle, install the starter courses.
 */
@Route("coordination/formation")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.training", order = 34, icon = "vaadin:academy-cap")
public class CourseAuthoringView extends Main implements HasDynamicTitle {

    final Grid<CourseVersion> grid = new Grid<>();
    final Upload upload;
    final Button starter = new Button();
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();
    private final transient CourseAuthoring authoring;

    public CourseAuthoringView(CourseAuthoring authoring, StarterCourses starterCourses) {
        this.authoring = authoring;
        addClassName("page");
        setId("course-authoring");
        grid.setId("authoring-grid");
        grid.addColumn(v -> v.content().title().in(getLocale())).setHeader(getTranslation("training.author.title"))
                .setFlexGrow(1);
        grid.addColumn(CourseVersion::code).setHeader(getTranslation("training.author.code")).setAutoWidth(true);
        grid.addColumn(CourseVersion::revision).setHeader(getTranslation("training.author.revision")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(v.status().translationKey()))
                .setHeader(getTranslation("training.author.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("training.author.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.set(bytes)));
        upload.setId("bundle-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        upload.setMaxFileSize(1_000_000);
        upload.setUploadButton(new Button(getTranslation("training.author.import")));
        upload.addSucceededListener(e -> importUploaded());
        starter.setText(getTranslation("training.author.starter"));
        starter.setId("install-starter");
        starter.addClickListener(e -> {
            int n = starterCourses.installAll();
            Notices.successText(getTranslation("training.author.starterDone", n));
            refresh();
        });
        Button create = new Button(getTranslation("training.author.new"), e -> getUI().ifPresent(ui ->
                ui.navigate(CourseEditorView.class, new RouteParameters("id", CourseEditorView.NEW))));
        create.setId("new-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(create, starter);
        add(new H1(getTranslation("training.author.heading")), new Paragraph(getTranslation("training.author.intro")),
                bar, upload, grid);
        refresh();
    }

    private HorizontalLayout actions(CourseVersion v) {
        HorizontalLayout row = new HorizontalLayout();
        Button edit = new Button(getTranslation("training.author.edit"), e -> edit(v));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(edit);
        if (v.status() == CourseStatus.DRAFT) {
            Button publish = new Button(getTranslation("training.author.publish"),
                    e -> act(() -> authoring.publish(v.id(), v.version()), "training.author.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(publish);
        } else if (v.status() == CourseStatus.PUBLISHED) {
            Button unpublish = new Button(getTranslation("training.author.unpublish"),
                    e -> act(() -> authoring.unpublish(v.id(), v.version()), "training.author.unpublished"));
            unpublish.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(unpublish);
        } else if (v.status() == CourseStatus.WITHDRAWN) {
            Button republish = new Button(getTranslation("training.author.republish"),
                    e -> act(() -> authoring.republish(v.id(), v.version()), "training.author.published"));
            republish.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(republish);
        }
        String id = v.id();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> export(id, v.code())),
                getTranslation("training.author.export"));
        row.add(export);
        return row;
    }

    private DownloadResponse export(String id, String code) {
        try {
            byte[] bytes = authoring.exportBundle(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), code + ".yaml", "application/yaml",
                    bytes.length);
        } catch (RefusalException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
    }

    void edit(CourseVersion v) {
        try {
            CourseVersion draft = authoring.edit(v.code());
            getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, new RouteParameters("id", draft.id())));
        } catch (RefusalException e) {
            Notices.error(e);
        }
    }

    void importBundle(byte[] bytes) {
        try {
            CourseVersion draft = authoring.importBundle(bytes);
            Notices.successText(getTranslation("training.author.imported", draft.code(), draft.revision()));
        } catch (RefusalException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void importUploaded() {
        byte[] bytes = uploaded.getAndSet(null);
        upload.clearFileList();
        importBundle(bytes);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(doneKey);
        } catch (RefusalException e) {
            Notices.error(e);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(authoring.courses());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.author.heading") + " · " + getTranslation("app.name");
    }
}
