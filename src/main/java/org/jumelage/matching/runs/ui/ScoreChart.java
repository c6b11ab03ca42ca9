package org.jumelage.matching.runs.ui;

import java.util.List;
import java.util.Locale;

import org.jumelage.matching.runs.MatchingRun;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;

/**
 * The best score over time as a small inline SVG line (no chart component): the medium score, i.e.
 * the weighted hours still unassigned, rising towards zero as the plan improves. Labelled for screen
 * readers with a sentence giving the first and last values.
 */
class ScoreChart extends Div {

    static final int WIDTH = 320;
    static final int HEIGHT = 80;

    ScoreChart() {
        setId("matching-chart");
        addClassName("matching-chart");
    }

    void show(List<MatchingRun.Sample> samples, String description) {
        removeAll();
        if (samples.isEmpty()) {
            return;
        }
        add(new Html(svg(samples, description)));
    }

    /** The SVG markup, wrapped in a span (Html needs one root whose inner HTML the browser parses). */
    static String svg(List<MatchingRun.Sample> samples, String description) {
        long maxTime = Math.max(1, samples.get(samples.size() - 1).elapsedMillis());
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (MatchingRun.Sample s : samples) {
            long medium = medium(s.score());
            min = Math.min(min, medium);
            max = Math.max(max, medium);
        }
        long span = Math.max(1, max - min);
        StringBuilder points = new StringBuilder();
        for (MatchingRun.Sample s : samples) {
            double x = 4 + (WIDTH - 8) * (double) s.elapsedMillis() / maxTime;
            double y = HEIGHT - 4 - (HEIGHT - 8) * (double) (medium(s.score()) - min) / span;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        if (samples.size() == 1) {
            points.append(String.format(Locale.ROOT, "%d,%.1f", WIDTH - 4, (double) HEIGHT / 2));
        }
        return "<span><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" aria-label=\"" + escape(description)
                + "\"><rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/><polyline fill=\"none\""
                + " stroke=\"currentColor\" stroke-width=\"2\" points=\"" + points.toString().strip()
                + "\"/></svg></span>";
    }

    /** The medium part of a score written {@code 0hard/-120medium/35soft}; 0 when it cannot be read. */
    static long medium(String score) {
        if (score == null) {
            return 0;
        }
        for (String part : score.split("/")) {
            if (part.endsWith("medium")) {
                try {
                    return Long.parseLong(part.substring(0, part.length() - "medium".length()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
