package org.jumelage.impact.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;

/**
 * One chart of a dashboard: a heading, a Chart.js chart drawn into a {@code <canvas>} (labelled for
 * screen readers, which read the table instead), the same figures as an HTML table, and the table
 * as CSV. The chart library is loaded by the page ({@link Charts#load}); drawing waits for it.
 */
class ChartPanel extends Div {

    /** One series of a chart. */
    record Series(String label, List<? extends Number> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAW = """
            const canvas = this;
            const config = JSON.parse($0);
            const draw = (tries) => {
              if (window.Chart) {
                const previous = window.Chart.getChart(canvas);
                if (previous) { previous.destroy(); }
                new window.Chart(canvas, config);
              } else if (tries > 0) {
                setTimeout(() => draw(tries - 1), 100);
              }
            };
            draw(150);
            """;

    final H2 heading = new H2();
    final Element canvas = new Element("canvas");
    final TablePanel table;

    private final String title;

    ChartPanel(String id, String title) {
        this.title = title;
        setId(id);
        addClassName("chart-panel");
        heading.setText(title);
        canvas.setAttribute("id", id + "-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", title);
        Div box = new Div();
        box.addClassName("chart-box");
        box.getElement().appendChild(canvas);
        box.getStyle().set("position", "relative").set("height", "280px").set("max-width", "900px");
        table = new TablePanel(id, title);
        add(heading, box, table);
    }

    /**
     * Draws the chart and fills the table; {@code headers} name the first column (the labels) then
     * one column per series; a table may hold more columns than the chart draws.
     */
    void show(String type, List<String> labels, List<Series> series, List<String> headers, List<List<Object>> rows,
            Locale locale) {
        canvas.setAttribute("aria-label", getTranslation("dashboard.chartLabel", title));
        table.show(headers, rows, locale);
        canvas.executeJs(DRAW, config(type, labels, series, locale));
    }

    private static String config(String type, List<String> labels, List<Series> series, Locale locale) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.label());
            d.put("data", s.values());
            datasets.add(d);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("locale", locale.toLanguageTag() + (locale.getCountry().isEmpty() ? "-CA" : ""));
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        if (!"doughnut".equals(type)) {
            options.put("scales", Map.of("y", Map.of("beginAtZero", true)));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
