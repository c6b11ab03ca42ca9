package org.jumelage.privacy.ui;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.privacy.AuditLogExport;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditFilter;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.validation.SaneDates;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Administrators read the audit log: who did what to which record, and when, newest first, filtered
 * by period, action, actor and target, and downloaded as CSV (the download is logged too).
 */
@Route("admin/journal")
@RolesAllowed(Role.ADMIN_ROLE)
@Menu(title = "nav.admin.audit", order = 83, icon = "vaadin:records")
public class AuditLogView extends Main implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<AuditAction> action = new Select<>();
    final TextField actor = new TextField();
    final TextField target = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor csv;

    private final transient AuditTrail audit;
    private final transient AuditLogExport export;
    private final DateTimeFormatter dateTime;

    public AuditLogView(AuditTrail audit, AuditLogExport export) {
        this.audit = audit;
        this.export = export;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(AuditLogExport.ZONE);
        addClassName("page");
        setId("audit-view");

        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.setMin(SaneDates.EARLIEST);
            day.setMax(SaneDates.LATEST);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.anyAction"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.anyAction")
                : getTranslation(a.translationKey()));
        action.addValueChangeListener(e -> refresh());

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        target.setLabel(getTranslation("audit.filter.target"));
        target.setId("audit-target");
        for (TextField field : new TextField[] {actor, target}) {
            field.setPrefixComponent(VaadinIcon.SEARCH.create());
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }

        grid.setId("audit-grid");
        grid.addColumn(e -> dateTime.format(e.at())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true);
        grid.addColumn(e -> export.actorName(e, getLocale())).setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().translationKey()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.targetKind().translationKey()))
                .setHeader(getTranslation("audit.column.targetKind")).setAutoWidth(true);
        grid.addColumn(AuditEntry::targetId).setHeader(getTranslation("audit.column.targetId")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.column.detail"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("audit.column.clientAddress")).setAutoWidth(true);
        grid.setItems(query -> audit.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        grid.setHeight("32rem");

        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "jumelage-audit.csv", "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("audit.csv"));
        csv.setId("audit-csv");

        HorizontalLayout filters = new HorizontalLayout(from, to, action, actor, target);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, csv, grid);
    }

    /** The filter the fields describe; an end before the start is refused next to the field. */
    AuditFilter filter() {
        // A day outside the range (the picker marks it invalid) filters nothing rather than failing the search.
        LocalDate first = SaneDates.isSane(from.getValue()) ? from.getValue() : null;
        Instant start = first == null ? null : first.atStartOfDay(AuditLogExport.ZONE).toInstant();
        LocalDate last = SaneDates.isSane(to.getValue()) ? to.getValue() : null;
        Instant until = last == null ? null : last.plusDays(1).atStartOfDay(AuditLogExport.ZONE).toInstant();
        if (start != null && until != null && !until.isAfter(start)) {
            until = start;
        }
        return new AuditFilter(start, until, action.getValue(), actor.getValue(), target.getValue());
    }

    /** What the CSV link serves: the filtered rows. */
    byte[] csv() {
        return export.csv(filter(), getLocale());
    }

    private void refresh() {
        boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("audit.filter.toBeforeFrom") : null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
