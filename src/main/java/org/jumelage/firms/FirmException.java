package org.jumelage.firms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * A refused firm, obligation or ledger operation. Messages are translation keys, so each view shows them in its
 * user's language. {@link #fieldMessageKeys()} maps form fields to their problem (empty when the
 * problem belongs to no field); {@link #messageKey()} is the first problem.
 */
public class FirmException extends RuntimeException {

    private final transient Map<String, String> fieldMessageKeys;

    public FirmException(String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of();
    }

    public FirmException(String field, String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of(field, messageKey);
    }

    private FirmException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys.values().iterator().next());
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    /** One problem per field, from Bean Validation (message templates {@code {key}}). */
    public static FirmException of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> problems.merge(v.getPropertyPath().toString(), key(v.getMessageTemplate()),
                        (first, second) -> first));
        return new FirmException(problems);
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
