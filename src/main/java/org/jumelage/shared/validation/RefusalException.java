package org.jumelage.shared.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * A refused operation. Messages are translation keys, so each view shows them in its user's
 * language. {@link #fieldMessageKeys()} maps form fields to their problem, in the order to show them
 * (empty when the problem belongs to no field); {@link #messageKey()} is the first problem.
 */
public abstract class RefusalException extends RuntimeException {

    private final transient Map<String, String> fieldMessageKeys;

    protected RefusalException(String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of();
    }

    protected RefusalException(String field, String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of(field, messageKey);
    }

    /** At least one problem. */
    protected RefusalException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys.values().iterator().next());
        this.fieldMessageKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessageKeys));
    }

    /** One problem per field from Bean Validation (message templates {@code {key}}), sorted by field. */
    protected static Map<String, String> keysByField(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> problems.merge(v.getPropertyPath().toString(), key(v.getMessageTemplate()),
                        (first, second) -> first));
        return problems;
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    public String messageKey() {
        return getMessage();
    }

    /** The field of the first problem, or null. */
    public String field() {
        return fieldMessageKeys.isEmpty() ? null : fieldMessageKeys.keySet().iterator().next();
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
