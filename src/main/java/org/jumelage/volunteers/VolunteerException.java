package org.jumelage.volunteers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * A refused volunteer profile operation. Messages are translation keys, so each view shows them in its
 * user's language. {@link #fieldMessageKeys()} maps form fields to their problem (empty when the
 * problem belongs to no field); {@link #messageKey()} is the first problem.
 */
public class VolunteerException extends RuntimeException {

    private final transient Map<String, String> fieldMessageKeys;

    public VolunteerException(String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of();
    }

    public VolunteerException(String field, String messageKey) {
        super(messageKey);
        this.fieldMessageKeys = Map.of(field, messageKey);
    }

    private VolunteerException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys.values().iterator().next());
        this.fieldMessageKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessageKeys));
    }

    /** One problem per field, from Bean Validation (message templates {@code {key}}). */
    public static VolunteerException of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> problems.merge(v.getPropertyPath().toString(), key(v.getMessageTemplate()),
                        (first, second) -> first));
        return new VolunteerException(problems);
    }

    /** Problems already keyed by field, in the order to show them; at least one. */
    public static VolunteerException ofFields(Map<String, String> fieldMessageKeys) {
        return new VolunteerException(new LinkedHashMap<>(fieldMessageKeys));
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
