package org.jumelage.firms.ui;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmReview;
import org.jumelage.firms.FirmStatus;
import org.jumelage.shared.ui.ReviewQueueView;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The coordinators' firm verification queue: firms by status (pending first, oldest first); open
 * one, verify it or reject it with a reason. A decision carries the version the coordinator read,
 * so a firm changed meanwhile is refused with a message instead of decided blind.
 */
@Route("coordination/firms")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.firms", order = 32, icon = "vaadin:briefcase")
public class FirmsReviewView extends ReviewQueueView<FirmDetails, FirmStatus, FirmReviewDialog> {

    private final transient FirmReview review;

    public FirmsReviewView(FirmReview review) {
        super("firmreview", "firms-review-view");
        this.review = review;

        setUpStatusFilter("firm-status-filter", FirmStatus.values(), FirmStatus.PENDING,
                s -> "firmreview.status." + s.name());
        setUpSearch("firm-search");

        grid.setId("firms-grid");
        grid.addColumn(f -> f.profile().name()).setHeader(getTranslation("firmreview.column.name"))
                .setWidth("16rem").setFlexGrow(1);
        grid.addColumn(f -> FirmReviewDialog.formattedNeq(f.neq())).setHeader(getTranslation("firmui.field.neq"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.profile().size() == null ? "" : getTranslation("firmui.size." + f.profile().size().name()))
                .setHeader(getTranslation("firmui.field.size")).setAutoWidth(true);
        addStatusDateAndOpenColumns(FirmDetails::status, FirmDetails::createdAt, FirmMembersPanel.QUEBEC)
                .setFrozenToEnd(true);
        grid.setItems(query -> review.search(statusFilter.getValue(), search.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) review.count(statusFilter.getValue(), search.getValue()));

        addQueue(filters(statusFilter, search));
    }

    @Override
    protected FirmDetails reload(FirmDetails row) {
        return review.get(row.id());
    }

    @Override
    protected FirmReviewDialog dialogFor(FirmDetails current) {
        return new FirmReviewDialog(current, review.members(current.id()));
    }

    @Override
    protected void verify(FirmDetails current) {
        review.verify(current.id(), current.version());
    }

    @Override
    protected void reject(FirmDetails current, String reason) {
        review.reject(current.id(), reason, current.version());
    }
}
