package org.jumelage.organisations.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationException;
import org.jumelage.organisations.OrganisationFilter;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Coordinators list organisations (pending ones first, oldest first), open one, verify or reject it. */
@Route("coordination/organisations")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.organisations", order = 30, icon = "vaadin:check-square-o")
public class OrganisationsReviewView extends Main implements HasDynamicTitle {

    final Select<VerificationStatus> statusFilter = new Select<>();
    final ComboBox<Region> regionFilter = new ComboBox<>();
    final ComboBox<Sector> sectorFilter = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<OrganisationDetails> grid = new Grid<>();

    private final transient OrganisationReview review;

    public OrganisationsReviewView(OrganisationReview review) {
        this.review = review;
        addClassName("page");
        setId("organisations-review-view");

        statusFilter.setLabel(getTranslation("organisation.review.filter.status"));
        statusFilter.setId("status-filter");
        statusFilter.setItems(VerificationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("organisation.review.filter.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("organisation.review.filter.any")
                : getTranslation("verificationStatus." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());
        regionFilter.setLabel(getTranslation("organisation.review.filter.region"));
        regionFilter.setId("region-filter");
        regionFilter.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        regionFilter.setItemLabelGenerator(r -> Labels.region(this, r));
        regionFilter.setClearButtonVisible(true);
        regionFilter.addValueChangeListener(e -> refresh());
        sectorFilter.setLabel(getTranslation("organisation.review.filter.sector"));
        sectorFilter.setId("sector-filter");
        sectorFilter.setItems(Sector.values());
        sectorFilter.setItemLabelGenerator(s -> Labels.sector(this, s));
        sectorFilter.setClearButtonVisible(true);
        sectorFilter.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("organisation.review.filter.text"));
        search.setId("organisation-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(statusFilter, regionFilter, sectorFilter, search);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("organisations-grid");
        grid.addColumn(OrganisationDetails::legalName).setHeader(getTranslation("organisation.review.column.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(OrganisationDetails::formattedNeq).setHeader(getTranslation("organisation.field.neq"))
                .setAutoWidth(true);
        grid.addColumn(o -> Labels.region(this, o.region())).setHeader(getTranslation("organisation.field.region"))
                .setAutoWidth(true);
        grid.addColumn(o -> Labels.sector(this, o.sector())).setHeader(getTranslation("organisation.field.sector"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("verificationStatus." + o.status().name()))
                .setHeader(getTranslation("organisation.review.column.status")).setAutoWidth(true);
        grid.addColumn(o -> o.createdAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(OrganisationView.QUEBEC).format(o.createdAt()))
                .setHeader(getTranslation("organisation.review.column.created")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Button open = new Button(getTranslation("organisation.review.open"), e -> open(o));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("organisation.review.column.actions")).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItems(query -> review.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) review.count(filter()));
        grid.setHeight("32rem");

        add(new H1(getTranslation("organisation.review.title")), filters, grid);
    }

    OrganisationFilter filter() {
        return new OrganisationFilter(statusFilter.getValue(), regionFilter.getValue(), sectorFilter.getValue(),
                search.getValue());
    }

    /** Opens the organisation as it is now (the row may be stale) and wires the decisions. */
    ReviewDialog open(OrganisationDetails row) {
        OrganisationDetails current;
        try {
            current = review.get(row.id());
        } catch (OrganisationException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            refresh();
            return null;
        }
        ReviewDialog dialog = new ReviewDialog(current, review.members(current.id()));
        dialog.verify.addClickListener(e -> decide(dialog,
                () -> review.verify(current.id(), current.version()), "organisation.review.verified"));
        dialog.reject.addClickListener(e -> decide(dialog,
                () -> review.reject(current.id(), dialog.reason.getValue(), current.version()), "organisation.review.rejected"));
        dialog.open();
        return dialog;
    }

    private void decide(ReviewDialog dialog, Runnable decision, String doneKey) {
        dialog.reason.setInvalid(false);
        try {
            decision.run();
        } catch (OrganisationException e) {
            if ("reason".equals(e.field())) {
                dialog.showReasonError(e.messageKey());
            } else {
                notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
                dialog.close();
                refresh();
            }
            return;
        }
        dialog.close();
        notify(doneKey, NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.review.title") + " · " + getTranslation("app.name");
    }
}
