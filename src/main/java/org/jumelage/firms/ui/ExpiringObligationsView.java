package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.ExpiringObligation;
import org.jumelage.firms.ExpiringObligations;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Coordinators see every firm's active obligations that expire within 30, 60 or 90 days, soonest
 * first, with the hours still to allocate: what to match before it is lost.
 */
@Route("coordination/obligations")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.obligations", order = 34, icon = "vaadin:hourglass")
public class ExpiringObligationsView extends Main implements HasDynamicTitle {

    static final List<Integer> WINDOWS = List.of(30, 60, 90);

    final Select<Integer> window = new Select<>();
    final Grid<ExpiringObligation> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final transient ExpiringObligations expiring;

    public ExpiringObligationsView(ExpiringObligations expiring) {
        this.expiring = expiring;
        addClassName("page");
        setId("expiring-obligations-view");

        window.setLabel(getTranslation("expiring.window"));
        window.setId("expiring-window");
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(days -> getTranslation("expiring.days", days));
        window.setValue(60);
        window.addValueChangeListener(e -> refresh());

        grid.setId("expiring-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ExpiringObligation::firmName).setHeader(getTranslation("expiring.column.firm"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ExpiringObligation::sourceReference).setHeader(getTranslation("expiring.column.source"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(o -> date(o.expiryDate())).setHeader(getTranslation("expiring.column.expiry")).setAutoWidth(true);
        grid.addColumn(ExpiringObligation::daysLeft).setHeader(getTranslation("expiring.column.daysLeft"))
                .setAutoWidth(true);
        grid.addColumn(ExpiringObligation::hoursOwed).setHeader(getTranslation("expiring.column.owed"))
                .setAutoWidth(true);
        grid.addColumn(ExpiringObligation::unallocated).setHeader(getTranslation("expiring.column.unallocated"))
                .setAutoWidth(true);
        empty.setId("expiring-empty");
        empty.setText(getTranslation("expiring.empty"));

        add(new H1(getTranslation("expiring.title")), new Paragraph(getTranslation("expiring.intro")), window, empty,
                grid);
        refresh();
    }

    void refresh() {
        List<ExpiringObligation> rows = expiring.within(window.getValue() == null ? 60 : window.getValue());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expiring.title") + " · " + getTranslation("app.name");
    }
}
