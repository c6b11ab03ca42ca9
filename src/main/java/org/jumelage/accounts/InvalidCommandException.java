package org.jumelage.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** A command refused by Bean Validation; holds one translation key per field. */
public class InvalidCommandException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys = new LinkedHashMap<>();

    public InvalidCommandException(Set<? extends ConstraintViolation<?>> violations) {
        super("Invalid command: " + violations.size() + " problem(s)");
        violations.forEach(v -> fieldMessageKeys.merge(v.getPropertyPath().toString(), key(v.getMessageTemplate()),
                (a, b) -> a));
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    public Map<String, String> fieldMessageKeys() {
        return Map.copyOf(fieldMessageKeys);
    }
}
