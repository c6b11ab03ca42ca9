package org.jumelage.impact.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jumelage.impact.dashboard.CsvTable;
import org.jumelage.impact.dashboard.GroupFigures;
import org.jumelage.impact.dashboard.OpenData;
import org.jumelage.impact.dashboard.OpenDataRow;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Links to the open-data export of a period, as CSV (headers and labels in the reader's language)
 * and JSON (English field names), with the suppression rule spelt out.
 */
class OpenDataLinks extends Div {

    final Anchor csv;
    final Anchor json;
    private final transient OpenData data;
    private final Supplier<Period> period;

    /** {@code downloaded} is told the format ("csv" or "json") of each download, before it is served. */
    OpenDataLinks(OpenData data, Supplier<Period> period, Consumer<String> downloaded) {
        this.data = data;
        this.period = period;
        setId("open-data");
        csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            downloaded.accept("csv");
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "jumelage-open-data.csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("dashboard.openData.csv"));
        csv.setId("open-data-csv");
        json = new Anchor(DownloadHandler.fromInputStream(e -> {
            downloaded.accept("json");
            byte[] bytes = data.json(period.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "jumelage-open-data.json", "application/json",
                    bytes.length);
        }), getTranslation("dashboard.openData.json"));
        json.setId("open-data-json");
        Div links = new Div(csv, json);
        links.addClassName("download-links");
        add(new H2(getTranslation("dashboard.openData.title")),
                new Paragraph(getTranslation("dashboard.openData.rule", OpenData.MIN_ORGANISATIONS)), links);
    }

    /** The open-data cells of the period as CSV. */
    byte[] csv() {
        List<String> headers = List.of(getTranslation("dashboard.month"), getTranslation("dashboard.regionCode"),
                getTranslation("dashboard.region"), getTranslation("dashboard.sector"),
                getTranslation("dashboard.delivered"), getTranslation("dashboard.confirmed"),
                getTranslation("dashboard.projectsCompleted"), getTranslation("dashboard.organisationsServed"),
                getTranslation("dashboard.completions"), getTranslation("dashboard.suppressed"));
        List<List<Object>> rows = new ArrayList<>();
        for (OpenDataRow r : data.rows(period.get())) {
            List<Object> row = new ArrayList<>();
            row.add(r.month().toString());
            row.add(OpenData.regionCode(r.region()));
            row.add(GroupFigures.UNKNOWN.equals(r.region()) ? getTranslation("dashboard.group.UNKNOWN")
                    : getTranslation(Region.valueOf(r.region()).translationKey()));
            row.add(GroupFigures.UNKNOWN.equals(r.sector()) ? getTranslation("dashboard.group.UNKNOWN")
                    : getTranslation(Sector.valueOf(r.sector()).translationKey()));
            row.add(r.hoursDelivered());
            row.add(r.hoursConfirmed());
            row.add(r.projectsCompleted());
            row.add(r.organisationsServed());
            row.add(r.courseCompletions());
            row.add(getTranslation(r.suppressed() ? "dashboard.yes" : "dashboard.no"));
            rows.add(row);
        }
        return CsvTable.write(getLocale(), headers, rows);
    }
}
