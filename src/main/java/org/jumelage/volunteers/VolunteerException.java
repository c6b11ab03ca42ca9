package org.jumelage.volunteers;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.jumelage.shared.validation.RefusalException;

/** A refused volunteer profile operation; see {@link RefusalException}. */
public class VolunteerException extends RefusalException {

    public VolunteerException(String messageKey) {
        super(messageKey);
    }

    public VolunteerException(String field, String messageKey) {
        super(field, messageKey);
    }

    private VolunteerException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys);
    }

    /** One problem per field, from Bean Validation. */
    public static VolunteerException of(Set<? extends ConstraintViolation<?>> violations) {
        return new VolunteerException(keysByField(violations));
    }

    /** Problems already keyed by field, in the order to show them; at least one. */
    public static VolunteerException ofFields(Map<String, String> fieldMessageKeys) {
        return new VolunteerException(fieldMessageKeys);
    }
}
