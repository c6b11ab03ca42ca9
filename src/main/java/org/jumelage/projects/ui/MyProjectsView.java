package org.jumelage.projects.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** "Mes projets": the organisation's projects by state, with the way to start or continue a draft. */
@Route("projects")
@RolesAllowed(Role.OSBL)
@Menu(title = "nav.projects", order = 20, icon = "vaadin:clipboard-text")
public class MyProjectsView extends Main implements HasDynamicTitle {

    final Select<ProjectStatus> status = new Select<>();
    final Grid<ProjectView> grid = new Grid<>();
    final Button create = new Button();
    final Paragraph empty = new Paragraph();

    private final transient ProjectService projects;

    public MyProjectsView(ProjectService projects) {
        this.projects = projects;
        addClassName("page");
        setId("my-projects");
        status.setLabel(getTranslation("myProjects.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("myProjects.allStatuses")
                : getTranslation(s.translationKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("myProjects.allStatuses"));
        status.setId("status-filter");
        status.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("myProjects.create"));
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("projects/edit")));

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("projects-grid");
        grid.addColumn(ProjectView::title).setHeader(getTranslation("myProjects.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.status().translationKey())).setHeader(getTranslation("myProjects.state"));
        grid.addColumn(p -> p.content().seats().size()).setHeader(getTranslation("myProjects.seats"));
        grid.addColumn(ProjectView::totalHours).setHeader(getTranslation("myProjects.hours"));
        grid.addColumn(p -> p.updatedAt() == null ? "" : when.format(p.updatedAt().atZone(ZoneId.of("America/Toronto"))))
                .setHeader(getTranslation("myProjects.updated"));
        grid.addComponentColumn(p -> {
            boolean draft = p.status() == ProjectStatus.DRAFT;
            Button open = new Button(getTranslation(draft ? "myProjects.continue" : "myProjects.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate((draft ? "projects/edit/" : "project/") + p.id())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("myProjects.actions"));
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("myProjects.empty"));
        empty.setId("projects-empty");

        HorizontalLayout bar = new HorizontalLayout(status, create);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H1(getTranslation("myProjects.heading")), bar, empty, grid);
        refresh();
    }

    void refresh() {
        var items = projects.mine(status.getValue());
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myProjects.heading") + " · " + getTranslation("app.name");
    }
}
