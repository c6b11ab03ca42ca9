package org.jumelage.shared.validation;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A refused operation. Messages are translation keys, so each view shows them in its user's
 * language. {@link #fieldMessageKeys()} maps form fields to their problem, in the order to show them
 * (empty when the problem belongs to no field); {@link #messageKey()} is the first problem.
 */
public abstract class RefusalException extends RuntimeException {

    /** Constraints that say a value is missing. */
    private static final Set<Class<?>> MISSING = Set.of(NotBlank.class, NotNull.class, NotEmpty.class);

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

    /**
     * One problem per field from Bean Validation (message templates {@code {key}}), sorted by field. A
     * missing value is the problem told when a field has several (a name of invisible characters is
     * missing, not too short).
     */
    protected static Map<String, String> keysByField(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> !MISSING.contains(v.getConstraintDescriptor().getAnnotation()
                                .annotationType())))
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
