package org.jumelage.projects.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ReviewFilter;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The coordinators' review queue: projects waiting longest first, filtered by state, region and
 * sector, with the questionnaire's flags in view. Opening one shows it with the decision buttons.
 */
@Route("coordination/projects")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.projects", order = 31, icon = "vaadin:clipboard-check")
public class ReviewQueueView extends Main implements HasDynamicTitle {

    final Select<ProjectStatus> status = new Select<>();
    final Select<Region> region = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Grid<ProjectView> grid = new Grid<>();

    public ReviewQueueView(ProjectService projects) {
        addClassName("page");
        setId("review-queue");
        status.setLabel(getTranslation("review.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(ProjectStatus.SUBMITTED);
        status.setId("review-status");
        region.setLabel(getTranslation("review.region"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r == null ? getTranslation("review.any") : getTranslation(r.translationKey()));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("review.any"));
        region.setId("review-region");
        sector.setLabel(getTranslation("review.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("review.any") : getTranslation(s.translationKey()));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("review.any"));
        sector.setId("review-sector");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("review-grid");
        grid.addColumn(p -> p.submittedAt() == null ? "" : when.format(p.submittedAt().atZone(ZoneId.of("America/Toronto"))))
                .setHeader(getTranslation("review.submitted")).setAutoWidth(true);
        grid.addColumn(ProjectView::title).setHeader(getTranslation("review.title")).setFlexGrow(3);
        grid.addColumn(ProjectView::organisationName).setHeader(getTranslation("review.organisation")).setFlexGrow(2);
        grid.addColumn(p -> p.region() == null ? "" : getTranslation(p.region().translationKey()))
                .setHeader(getTranslation("review.region"));
        grid.addColumn(ProjectView::totalHours).setHeader(getTranslation("review.hours"));
        grid.addComponentColumn(this::flags).setHeader(getTranslation("review.flags")).setAutoWidth(true);
        grid.setItems(query -> projects.reviewQueue(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) projects.countReviewQueue(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("project/" + e.getItem().id())));
        grid.setHeight("32rem");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sector.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(status, region, sector);
        add(new H1(getTranslation("review.heading")), filters, grid);
    }

    ReviewFilter filter() {
        return new ReviewFilter(status.getValue(), region.getValue(), sector.getValue());
    }

    private Div flags(ProjectView project) {
        Div flags = new Div();
        if (project.jobReductionFlag()) {
            Span flag = new Span(getTranslation("review.flag.reduction"));
            flag.getElement().getThemeList().add("badge error");
            flags.add(flag);
        }
        if (project.content().dataInvolved() != null && project.content().dataInvolved().isPersonal()) {
            Span flag = new Span(getTranslation("review.flag.personalData"));
            flag.getElement().getThemeList().add("badge contrast");
            flags.add(flag);
        }
        if (project.content().priority() == org.jumelage.projects.Priority.URGENT) {
            Span flag = new Span(getTranslation("review.flag.urgent"));
            flag.getElement().getThemeList().add("badge");
            flags.add(flag);
        }
        return flags;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading") + " · " + getTranslation("app.name");
    }
}
