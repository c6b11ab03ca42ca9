package org.jumelage.training.ui;

import java.util.List;

import org.jumelage.training.Audience;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseLevel;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.Learning;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/** The course catalogue, filtered by audience, language and level. */
@Route("formation")
@PermitAll
@Menu(title = "nav.training", order = 6, icon = "vaadin:academy-cap")
public class CatalogueView extends Main implements HasDynamicTitle {

    final ComboBox<Audience> audience = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<CourseLevel> level = new ComboBox<>();
    final Div courses = new Div();

    private final transient Learning learning;

    public CatalogueView(Learning learning) {
        this.learning = learning;
        addClassName("page");
        setId("training-catalogue");
        audience.setLabel(getTranslation("training.filter.audience"));
        audience.setId("filter-audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        language.setLabel(getTranslation("training.filter.language"));
        language.setId("filter-language");
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("training.language." + l));
        level.setLabel(getTranslation("training.filter.level"));
        level.setId("filter-level");
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        for (ComboBox<?> box : List.of(audience, language, level)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(audience, language, level);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        courses.setId("course-list");
        courses.addClassName("course-list");
        add(new H1(getTranslation("training.catalogue.title")), new Paragraph(getTranslation("training.catalogue.intro")),
                filters, courses);
        refresh();
    }

    void refresh() {
        courses.removeAll();
        List<CourseVersion> found = learning.catalogue(audience.getValue(), language.getValue(), level.getValue());
        if (found.isEmpty()) {
            courses.add(new Paragraph(getTranslation("training.catalogue.none")));
        }
        for (CourseVersion v : found) {
            CourseContent c = v.content();
            Div card = new Div();
            card.addClassName("course-card");
            card.getElement().setAttribute("data-code", v.code());
            RouterLink link = new RouterLink(c.title().in(getLocale()), CoursePageView.class,
                    new RouteParameters("code", v.code()));
            H2 title = new H2(link);
            Span facts = new Span(getTranslation("training.facts", getTranslation(c.audience().translationKey()),
                    getTranslation(c.level().translationKey()), getTranslation("training.duration", c.durationMinutes()),
                    String.join(", ", c.languages().stream().map(l -> getTranslation("training.language." + l)).toList())));
            facts.addClassName("course-facts");
            card.add(title, facts, new Paragraph(c.summary().in(getLocale())));
            courses.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.catalogue.title") + " · " + getTranslation("app.name");
    }
}
