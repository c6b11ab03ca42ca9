package org.jumelage.impact.dashboard.ui;

import java.util.List;
import java.util.Locale;

import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.impact.dashboard.Period;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Evaluation outcomes, from whichever {@link EvaluationOutcomesSource} the application declares;
 * with none (or no evaluations yet) it says so and shows no figure.
 */
class EvaluationSection extends Div {

    final Paragraph none = new Paragraph();
    final TablePanel table;
    private final EvaluationOutcomesSource source;

    EvaluationSection(String id, EvaluationOutcomesSource source) {
        this.source = source;
        setId(id);
        String title = getTranslation("dashboard.evaluations.title");
        table = new TablePanel(id + "-outcomes", title);
        none.setText(getTranslation("dashboard.evaluations.none"));
        none.setId(id + "-none");
        add(new H2(title), none, table);
    }

    void show(String organisationId, Period period, Locale locale) {
        List<EvaluationOutcomesSource.OutcomeLine> lines = source == null ? List.of()
                : source.outcomes(organisationId, period, locale);
        none.setVisible(lines.isEmpty());
        table.setVisible(!lines.isEmpty());
        table.show(List.of(getTranslation("dashboard.evaluations.outcome"), getTranslation("dashboard.evaluations.value")),
                lines.stream().map(l -> List.<Object>of(l.label(), l.value())).toList(), locale);
    }
}
