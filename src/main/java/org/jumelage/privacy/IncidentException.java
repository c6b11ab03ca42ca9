package org.jumelage.privacy;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.jumelage.shared.validation.RefusalException;

/** A refused change to the incident register; messages are translation keys. */
public class IncidentException extends RefusalException {

    public IncidentException(String messageKey) {
        super(messageKey);
    }

    public IncidentException(String field, String messageKey) {
        super(field, messageKey);
    }

    IncidentException(Map<String, String> problems) {
        super(problems);
    }

    static IncidentException of(Set<? extends ConstraintViolation<?>> violations) {
        return new IncidentException(keysByField(violations));
    }
}
