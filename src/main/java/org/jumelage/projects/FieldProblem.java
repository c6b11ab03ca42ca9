package org.jumelage.projects;

import java.util.List;

/**
 * One thing wrong with a command: the field it belongs to (e.g. {@code title}, {@code seats[1].hours},
 * {@code ethics.humanOversight}), a translation key, and the key's parameters.
 */
public record FieldProblem(String field, String messageKey, List<Object> params) {

    public FieldProblem(String field, String messageKey, Object... params) {
        this(field, messageKey, List.of(params));
    }
}
