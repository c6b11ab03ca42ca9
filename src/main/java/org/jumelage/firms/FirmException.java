package org.jumelage.firms;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.jumelage.shared.validation.RefusalException;

/** A refused firm operation; see {@link RefusalException}. */
public class FirmException extends RefusalException {

    public FirmException(String messageKey) {
        super(messageKey);
    }

    public FirmException(String field, String messageKey) {
        super(field, messageKey);
    }

    private FirmException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys);
    }

    /** Problems by field, as translation keys. */
    public static FirmException ofFields(Map<String, String> fieldMessageKeys) {
        return new FirmException(fieldMessageKeys);
    }

    /** One problem per field, from Bean Validation. */
    public static FirmException of(Set<? extends ConstraintViolation<?>> violations) {
        return new FirmException(keysByField(violations));
    }
}
