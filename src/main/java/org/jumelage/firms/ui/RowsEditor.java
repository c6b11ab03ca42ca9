package org.jumelage.firms.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A list of rows a person adds and removes (team skills, availability periods, blackouts), each row
 * giving one value. Entirely empty rows are ignored; problems such as {@code availability[1].to}
 * go next to their field, counting only the rows sent.
 */
abstract class RowsEditor<V> extends Div {

    private static final Pattern INDEXED = Pattern.compile("^[A-Za-z]+\\[(\\d+)]\\.?(.*)$");

    final Div rowsHolder = new Div();
    final Span error = new Span();
    final Button add = new Button();

    private final List<Row<V>> rows = new ArrayList<>();
    private final int max;

    RowsEditor(String id, String labelKey, String helpKey, String addKey, int max) {
        this.max = max;
        setId(id);
        addClassName("rows-editor");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span help = new Span(getTranslation(helpKey));
        help.addClassName("field-help");
        error.addClassName("field-error");
        error.setId(id + "-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(id + "-add");
        add.addClickListener(e -> addRow(null));
        add(label, help, rowsHolder, error, add);
    }

    /** A new, empty row. */
    abstract Row<V> newRow();

    void setValue(List<V> values) {
        rows.clear();
        rowsHolder.removeAll();
        values.forEach(this::addRow);
        add.setEnabled(rows.size() < max);
    }

    List<V> getValue() {
        return rows.stream().filter(r -> !r.isEmpty()).map(Row::value).toList();
    }

    List<Row<V>> rows() {
        return List.copyOf(rows);
    }

    Row<V> addRow(V value) {
        if (rows.size() >= max) {
            return null;
        }
        Row<V> row = newRow();
        if (value != null) {
            row.show(value);
        }
        row.remove.addClickListener(e -> {
            rows.remove(row);
            rowsHolder.remove(row);
            add.setEnabled(true);
        });
        rows.add(row);
        rowsHolder.add(row);
        add.setEnabled(rows.size() < max);
        return row;
    }

    /** Shows a problem of a path such as {@code teamSkills[0].staffCount} or {@code teamSkills}. */
    void showProblem(String path, String message) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            List<Row<V>> sent = rows.stream().filter(r -> !r.isEmpty()).toList();
            int index = Integer.parseInt(m.group(1));
            HasValidation field = index < sent.size() ? sent.get(index).field(m.group(2)) : null;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                return;
            }
        }
        error.setText(message);
        error.setVisible(true);
    }

    void clearErrors() {
        error.setText("");
        error.setVisible(false);
        for (Row<V> row : rows) {
            for (HasValidation f : row.fields()) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        }
    }

    /** One row: its fields and a remove button. */
    abstract static class Row<V> extends HorizontalLayout {
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Row(String removeLabel) {
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(removeLabel);
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
        }

        abstract boolean isEmpty();

        abstract V value();

        abstract void show(V value);

        /** The field of a property, or null. */
        abstract HasValidation field(String property);

        abstract List<HasValidation> fields();
    }
}
