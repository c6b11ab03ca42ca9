package org.jumelage.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;

import org.jumelage.shared.validation.RefusalException;

import com.vaadin.flow.component.Component;
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

/**
 * A coordinators' verification queue (organisations, firms): registrations filtered by status and
 * text, each opened in a {@link ReviewDialogBase} to verify it or reject it with a reason. The
 * dialog shows the registration as it is now (the row may be stale), and a decision carries the
 * version the coordinator read, so one changed meanwhile is refused with a message.
 *
 * <p>A feature gives its words (translation keys {@code <keyPrefix>.title}, {@code .filter.status},
 * {@code .filter.any}, {@code .filter.text}, {@code .column.status}, {@code .column.created},
 * {@code .column.actions}, {@code .open}, {@code .verified}, {@code .rejected}), its own filters and
 * columns, and the service calls.
 *
 * @param <D> a registration as the review service shows it
 * @param <S> its review status
 * @param <G> its review dialog
 */
public abstract class ReviewQueueView<D, S extends Enum<S>, G extends ReviewDialogBase> extends Main
        implements HasDynamicTitle {

    public final Select<S> statusFilter = new Select<>();
    public final TextField search = new TextField();
    public final Grid<D> grid = new Grid<>();

    private final String keyPrefix;
    private Function<S, String> statusKey = s -> s.name();

    protected ReviewQueueView(String keyPrefix, String viewId) {
        this.keyPrefix = keyPrefix;
        addClassName("page");
        setId(viewId);
    }

    /**
     * The status filter, empty for any status, showing {@code initial} (null: any) first;
     * {@code statusKey} names each status's label.
     */
    protected void setUpStatusFilter(String id, S[] statuses, S initial, Function<S, String> statusKey) {
        this.statusKey = statusKey;
        statusFilter.setLabel(getTranslation(keyPrefix + ".filter.status"));
        statusFilter.setId(id);
        statusFilter.setItems(statuses);
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation(keyPrefix + ".filter.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation(keyPrefix + ".filter.any")
                : getTranslation(statusKey.apply(s)));
        if (initial != null) {
            statusFilter.setValue(initial);
        }
        statusFilter.addValueChangeListener(e -> refresh());
    }

    protected void setUpSearch(String id) {
        search.setLabel(getTranslation(keyPrefix + ".filter.text"));
        search.setId(id);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
    }

    /** The filters in one wrapping row. */
    protected HorizontalLayout filters(Component... filters) {
        HorizontalLayout row = new HorizontalLayout(filters);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** The status, registration date and open columns, after the feature's own; returns the last. */
    protected Grid.Column<D> addStatusDateAndOpenColumns(Function<D, S> status, Function<D, Instant> createdAt,
            ZoneId zone) {
        grid.addColumn(d -> getTranslation(statusKey.apply(status.apply(d))))
                .setHeader(getTranslation(keyPrefix + ".column.status")).setAutoWidth(true);
        grid.addColumn(d -> createdAt.apply(d) == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone).format(createdAt.apply(d)))
                .setHeader(getTranslation(keyPrefix + ".column.created")).setAutoWidth(true);
        return grid.addComponentColumn(d -> {
            Button open = new Button(getTranslation(keyPrefix + ".open"), e -> open(d));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation(keyPrefix + ".column.actions")).setAutoWidth(true);
    }

    /** The heading, the filters and the grid; a double click opens a row. */
    protected void addQueue(HorizontalLayout filters) {
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setHeight("32rem");
        add(new H1(getTranslation(keyPrefix + ".title")), filters, grid);
    }

    /** The registration as it is now; refuses one that no longer exists. */
    protected abstract D reload(D row);

    protected abstract G dialogFor(D current);

    protected abstract void verify(D current);

    protected abstract void reject(D current, String reason);

    /** Opens the registration as it is now (the row may be stale) and wires the decisions. */
    public G open(D row) {
        D current;
        try {
            current = reload(row);
        } catch (RefusalException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            refresh();
            return null;
        }
        G dialog = dialogFor(current);
        dialog.verify.addClickListener(e -> decide(dialog, () -> verify(current), keyPrefix + ".verified"));
        dialog.reject.addClickListener(e -> decide(dialog, () -> reject(current, dialog.reason.getValue()),
                keyPrefix + ".rejected"));
        dialog.open();
        return dialog;
    }

    private void decide(G dialog, Runnable decision, String doneKey) {
        dialog.reason.setInvalid(false);
        try {
            decision.run();
        } catch (RefusalException e) {
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

    protected void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title") + " · " + getTranslation("app.name");
    }
}
