package org.jumelage.firms.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.FirmReview;
import org.jumelage.firms.FirmStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/**
 * The coordinators' firm verification queue: firms by status (pending first, oldest first); open
 * one, verify it or reject it with a reason. A decision carries the version the coordinator read,
 * so a firm changed meanwhile is refused with a message instead of decided blind.
 */
@Route("coordination/firms")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.firms", order = 32, icon = "vaadin:briefcase")
public class FirmsReviewView extends Main implements HasDynamicTitle {

    final Select<FirmStatus> statusFilter = new Select<>();
    final TextField search = new TextField();
    final Grid<FirmDetails> grid = new Grid<>();

    private final transient FirmReview review;

    public FirmsReviewView(FirmReview review) {
        this.review = review;
        addClassName("page");
        setId("firms-review-view");

        statusFilter.setLabel(getTranslation("firmreview.filter.status"));
        statusFilter.setId("firm-status-filter");
        statusFilter.setItems(FirmStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("firmreview.filter.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("firmreview.filter.any")
                : getTranslation("firmreview.status." + s.name()));
        statusFilter.setValue(FirmStatus.PENDING);
        statusFilter.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("firmreview.filter.text"));
        search.setId("firm-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(statusFilter, search);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("firms-grid");
        grid.addColumn(f -> f.profile().name()).setHeader(getTranslation("firmreview.column.name"))
                .setWidth("16rem").setFlexGrow(1);
        grid.addColumn(f -> FirmReviewDialog.formattedNeq(f.neq())).setHeader(getTranslation("firmui.field.neq"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.profile().size() == null ? "" : getTranslation("firmui.size." + f.profile().size().name()))
                .setHeader(getTranslation("firmui.field.size")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("firmreview.status." + f.status().name()))
                .setHeader(getTranslation("firmreview.column.status")).setAutoWidth(true);
        grid.addColumn(f -> f.createdAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(FirmMembersPanel.QUEBEC).format(f.createdAt()))
                .setHeader(getTranslation("firmreview.column.created")).setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Button open = new Button(getTranslation("firmreview.open"), e -> open(f));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("firmreview.column.actions")).setAutoWidth(true).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItems(query -> review.search(statusFilter.getValue(), search.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) review.count(statusFilter.getValue(), search.getValue()));
        grid.setHeight("32rem");

        add(new H1(getTranslation("firmreview.title")), filters, grid);
    }

    /**
     * Opens the firm as it is now (the row may be stale); the decision goes back with the version
     * the dialog shows, so a change made meanwhile is refused as a concurrent edit.
     */
    FirmReviewDialog open(FirmDetails row) {
        FirmDetails current;
        try {
            current = review.get(row.id());
        } catch (FirmException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            refresh();
            return null;
        }
        FirmReviewDialog dialog = new FirmReviewDialog(current, review.members(current.id()));
        dialog.verify.addClickListener(e -> decide(dialog,
                () -> review.verify(current.id(), current.version()), "firmreview.verified"));
        dialog.reject.addClickListener(e -> decide(dialog,
                () -> review.reject(current.id(), dialog.reason.getValue(), current.version()), "firmreview.rejected"));
        dialog.open();
        return dialog;
    }

    private void decide(FirmReviewDialog dialog, Runnable decision, String doneKey) {
        dialog.reason.setInvalid(false);
        try {
            decision.run();
        } catch (FirmException e) {
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
        return getTranslation("firmreview.title") + " · " + getTranslation("app.name");
    }
}
