package org.jumelage.organisations.ui;

import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationFilter;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.ui.ReviewQueueView;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Coordinators list organisations (pending ones first, oldest first), open one, verify or reject it. */
@Route("coordination/organisations")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.organisations", order = 30, icon = "vaadin:check-square-o")
public class OrganisationsReviewView extends ReviewQueueView<OrganisationDetails, VerificationStatus, ReviewDialog> {

    final ComboBox<Region> regionFilter = new ComboBox<>();
    final ComboBox<Sector> sectorFilter = new ComboBox<>();

    private final transient OrganisationReview review;

    public OrganisationsReviewView(OrganisationReview review) {
        super("organisation.review", "organisations-review-view");
        this.review = review;

        setUpStatusFilter("status-filter", VerificationStatus.values(), null, s -> "verificationStatus." + s.name());
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
        setUpSearch("organisation-search");

        grid.setId("organisations-grid");
        grid.addColumn(OrganisationDetails::legalName).setHeader(getTranslation("organisation.review.column.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(OrganisationDetails::formattedNeq).setHeader(getTranslation("organisation.field.neq"))
                .setAutoWidth(true);
        grid.addColumn(o -> Labels.region(this, o.region())).setHeader(getTranslation("organisation.field.region"))
                .setAutoWidth(true);
        grid.addColumn(o -> Labels.sector(this, o.sector())).setHeader(getTranslation("organisation.field.sector"))
                .setAutoWidth(true);
        addStatusDateAndOpenColumns(OrganisationDetails::status, OrganisationDetails::createdAt, OrganisationView.QUEBEC);
        grid.setItems(query -> review.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) review.count(filter()));

        addQueue(filters(statusFilter, regionFilter, sectorFilter, search));
    }

    OrganisationFilter filter() {
        return new OrganisationFilter(statusFilter.getValue(), regionFilter.getValue(), sectorFilter.getValue(),
                search.getValue());
    }

    @Override
    protected OrganisationDetails reload(OrganisationDetails row) {
        return review.get(row.id());
    }

    @Override
    protected ReviewDialog dialogFor(OrganisationDetails current) {
        return new ReviewDialog(current, review.members(current.id()));
    }

    @Override
    protected void verify(OrganisationDetails current) {
        review.verify(current.id(), current.version());
    }

    @Override
    protected void reject(OrganisationDetails current, String reason) {
        review.reject(current.id(), reason, current.version());
    }
}
