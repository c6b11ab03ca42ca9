package org.jumelage.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jumelage.shared.domain.ConflictOfInterest;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The conflicts of interest a firm or a volunteer declares on their profile: rows of a verified
 * organisation (searched by name) and an optional reason. Service-free: the form reads
 * {@link #getValue()} and hands refusals such as {@code conflicts[1].organisationId} back to
 * {@link #showProblem(String, String)}; entirely empty rows are ignored and not counted.
 */
public class ConflictsEditor extends Div {

    private static final Pattern INDEXED = Pattern.compile("^[A-Za-z]+\\[(\\d+)]\\.?(.*)$");

    final Div rowsHolder = new Div();
    final Span error = new Span();
    final Button add = new Button();

    private final transient OrganisationChoices choices;
    private final List<ConflictRow> rows = new ArrayList<>();

    public ConflictsEditor(String id, OrganisationChoices choices) {
        this.choices = choices;
        setId(id);
        addClassName("rows-editor");
        Span label = new Span(getTranslation("conflictui.label"));
        label.addClassName("field-label");
        Span help = new Span(getTranslation("conflictui.help"));
        help.addClassName("field-help");
        error.addClassName("field-error");
        error.setId(id + "-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.setText(getTranslation("conflictui.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(id + "-add");
        add.addClickListener(e -> addRow(null));
        add(label, help, rowsHolder, error, add);
    }

    /** Shows these conflicts, each with its organisation's current name. */
    public void setValue(List<ConflictOfInterest> conflicts) {
        rows.clear();
        rowsHolder.removeAll();
        Map<String, String> names = conflicts.isEmpty() ? Map.of()
                : choices.names(conflicts.stream().map(ConflictOfInterest::organisationId).toList());
        for (ConflictOfInterest conflict : conflicts) {
            ConflictRow row = addRow(null);
            if (row != null) {
                row.show(conflict, names.getOrDefault(conflict.organisationId(), conflict.organisationId()));
            }
        }
        add.setEnabled(rows.size() < ConflictOfInterest.MAX_PER_PROFILE);
    }

    /** The rows as typed, entirely empty ones left out; a row without organisation has a null id. */
    public List<ConflictOfInterest> getValue() {
        return rows.stream().filter(r -> !r.isEmpty()).map(ConflictRow::value).toList();
    }

    public List<ConflictRow> rows() {
        return List.copyOf(rows);
    }

    /** A new row, empty or for this organisation; null when the list is full. */
    public ConflictRow addRow(OrganisationChoices.Choice organisation) {
        if (rows.size() >= ConflictOfInterest.MAX_PER_PROFILE) {
            return null;
        }
        ConflictRow row = new ConflictRow();
        row.organisation.setValue(organisation);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            rowsHolder.remove(row);
            add.setEnabled(true);
        });
        rows.add(row);
        rowsHolder.add(row);
        add.setEnabled(rows.size() < ConflictOfInterest.MAX_PER_PROFILE);
        return row;
    }

    /** Shows a problem of a path such as {@code conflicts[0].organisationId}, or of the whole list. */
    public void showProblem(String path, String message) {
        Matcher m = INDEXED.matcher(path == null ? "" : path);
        if (m.matches()) {
            List<ConflictRow> sent = rows.stream().filter(r -> !r.isEmpty()).toList();
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

    public void clearErrors() {
        error.setText("");
        error.setVisible(false);
        for (ConflictRow row : rows) {
            for (HasValidation f : List.<HasValidation>of(row.organisation, row.reason)) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        }
    }

    /** One declared conflict: the organisation, the reason and a remove button. */
    public final class ConflictRow extends HorizontalLayout {
        public final ComboBox<OrganisationChoices.Choice> organisation = new ComboBox<>();
        public final TextField reason = new TextField();
        public final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        ConflictRow() {
            addClassName("conflict-row");
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            organisation.setLabel(ConflictsEditor.this.getTranslation("conflictui.organisation"));
            organisation.addClassName("conflict-organisation");
            organisation.setWidth("22rem");
            organisation.setItemLabelGenerator(OrganisationChoices.Choice::name);
            organisation.setItems(query -> choices
                    .find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
            reason.setLabel(ConflictsEditor.this.getTranslation("conflictui.reason"));
            reason.addClassName("conflict-reason");
            reason.setMaxLength(ConflictOfInterest.MAX_REASON);
            reason.setWidth("22rem");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(ConflictsEditor.this.getTranslation("conflictui.remove"));
            add(organisation, reason, remove);
        }

        boolean isEmpty() {
            return organisation.getValue() == null && reason.getValue().isBlank();
        }

        ConflictOfInterest value() {
            return new ConflictOfInterest(organisation.getValue() == null ? null : organisation.getValue().id(),
                    reason.getValue());
        }

        void show(ConflictOfInterest conflict, String name) {
            organisation.setValue(new OrganisationChoices.Choice(conflict.organisationId(), name));
            reason.setValue(conflict.reason() == null ? "" : conflict.reason());
        }

        HasValidation field(String property) {
            return switch (property) {
                case "organisationId" -> organisation;
                case "reason" -> reason;
                default -> null;
            };
        }
    }
}
