package org.jumelage.shared.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * Refusals shown next to the fields of a form: a refusal names problems by property (as Bean
 * Validation does) with a translation key each; a form finds the field of a property.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    /**
     * Gives each problem to {@code showOnField} with its translated message; returns the keys of the
     * problems it did not place, which belong to no field.
     */
    public static List<String> show(Map<String, String> fieldMessageKeys, UnaryOperator<String> translate,
            BiPredicate<String, String> showOnField) {
        return fieldMessageKeys.entrySet().stream()
                .filter(problem -> !showOnField.test(problem.getKey(), translate.apply(problem.getValue())))
                .map(Map.Entry::getValue).toList();
    }

    /** Marks the field invalid with the message; false when there is no field. */
    public static boolean mark(HasValidation field, String message) {
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    public static void clear(List<? extends HasValidation> fields) {
        for (HasValidation f : fields) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    public static void setEditable(List<? extends HasValidation> fields, boolean editable) {
        for (HasValidation f : fields) {
            ((HasValue<?, ?>) f).setReadOnly(!editable);
        }
    }

    /** A field's value for an absent text. */
    public static String text(String value) {
        return value == null ? "" : value;
    }
}
