package org.jumelage.impact.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.jumelage.impact.dashboard.CsvTable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A dashboard table with its CSV download (UTF-8 with BOM, headers in the user's language). */
class TablePanel extends Div {

    final DataTable table;
    final Anchor csv;
    private final String title;
    private final String fileName;
    private byte[] csvBytes = new byte[0];
    private transient Runnable downloaded = () -> { };

    TablePanel(String id, String title) {
        this.title = title;
        this.fileName = id + ".csv";
        addClassName("table-panel");
        table = new DataTable(id + "-table");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            downloaded.run();
            return new DownloadResponse(new ByteArrayInputStream(csvBytes), fileName, "text/csv;charset=UTF-8",
                    csvBytes.length);
        }), getTranslation("dashboard.csv", title));
        csv.setId(id + "-csv");
        csv.addClassName("csv-link");
        add(table, csv);
    }

    void show(List<String> headers, List<List<Object>> rows, Locale locale) {
        table.show(title, headers, rows, locale, getTranslation("dashboard.noData"));
        csvBytes = CsvTable.write(locale, headers, rows.stream().map(r -> r.stream().map(Cells::csv).toList()).toList());
    }

    /** Runs on each download, before the file is served (the coordinator's dashboard audits exports). */
    void onDownload(Runnable hook) {
        this.downloaded = hook;
    }

    /** The figures now in the table, as CSV (what the download link serves). */
    byte[] csvBytes() {
        return csvBytes.clone();
    }
}
