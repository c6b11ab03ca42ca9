package org.jumelage.training.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.jumelage.documents.Verifications;
import org.jumelage.training.Learning;
import org.jumelage.training.Progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** "My learning": the signed-in person's courses, their progress and where to resume. */
@Route("mon-apprentissage")
@PermitAll
@Menu(title = "nav.myLearning", order = 7, icon = "vaadin:book")
public class MyLearningView extends Main implements HasDynamicTitle {

    final Grid<Progress> grid = new Grid<>();

    public MyLearningView(Learning learning) {
        addClassName("page");
        setId("my-learning");
        List<Progress> mine = learning.myLearning();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(Verifications.ZONE);
        grid.setId("my-courses");
        grid.addComponentColumn(p -> new RouterLink(p.title().in(getLocale()), CoursePageView.class,
                new RouteParameters("code", p.courseCode()))).setHeader(getTranslation("training.my.course"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation("training.progress", p.percent()))
                .setHeader(getTranslation("training.my.progress")).setAutoWidth(true);
        grid.addColumn(p -> p.isCompleted() ? getTranslation("training.my.completedOn", day.format(p.completedAt()))
                : getTranslation("training.my.inProgress")).setHeader(getTranslation("training.my.status"))
                .setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("training.my.title")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("training.my.none")), new RouterLink(
                    getTranslation("training.catalogue.title"), CatalogueView.class));
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.my.title") + " · " + getTranslation("app.name");
    }
}
