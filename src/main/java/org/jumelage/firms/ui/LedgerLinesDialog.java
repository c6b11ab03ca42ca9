package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.jumelage.firms.LedgerLineDetails;
import org.jumelage.firms.ObligationView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/** The ledger lines of one obligation: date, kind, project and seat, hours, who, comment. */
class LedgerLinesDialog extends Dialog {

    private static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    final Grid<LedgerLineDetails> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    LedgerLinesDialog(ObligationView obligation, List<LedgerLineDetails> lines) {
        setHeaderTitle(getTranslation("firmui.lines.title", obligation.sourceReference()));
        setWidth("min(64rem, 95vw)");
        grid.setId("obligation-lines");
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> date(l)).setHeader(getTranslation("firmui.lines.date")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("firmui.entryType." + l.line().type().name()))
                .setHeader(getTranslation("firmui.lines.type")).setAutoWidth(true);
        grid.addColumn(l -> l.projectTitle().isEmpty() ? "" : l.projectTitle() + " · " + l.seatTitle())
                .setHeader(getTranslation("firmui.lines.project")).setFlexGrow(2);
        grid.addColumn(l -> l.line().hours()).setHeader(getTranslation("firmui.lines.hours"));
        grid.addColumn(LedgerLineDetails::recordedByName).setHeader(getTranslation("firmui.lines.who"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.line().comment() == null ? "" : l.line().comment())
                .setHeader(getTranslation("firmui.lines.comment")).setFlexGrow(2);
        grid.setItems(lines);
        empty.setText(getTranslation("firmui.lines.empty"));
        empty.setVisible(lines.isEmpty());
        grid.setVisible(!lines.isEmpty());
        add(empty, grid);
        Button close = new Button(getTranslation("firmui.lines.close"), e -> close());
        close.setId("obligation-lines-close");
        getFooter().add(close);
    }

    /** The day worked for a logged line, otherwise the day the line was recorded. */
    private String date(LedgerLineDetails l) {
        LocalDate day = l.line().workDate() != null ? l.line().workDate()
                : l.line().recordedAt() == null ? null : l.line().recordedAt().atZone(QUEBEC).toLocalDate();
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }
}
