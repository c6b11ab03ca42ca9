package org.jumelage.organisations;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.jumelage.shared.validation.RefusalException;

/** A refused organisation operation; see {@link RefusalException}. */
public class OrganisationException extends RefusalException {

    public OrganisationException(String messageKey) {
        super(messageKey);
    }

    public OrganisationException(String field, String messageKey) {
        super(field, messageKey);
    }

    private OrganisationException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys);
    }

    /** One problem per field, from Bean Validation. */
    public static OrganisationException of(Set<? extends ConstraintViolation<?>> violations) {
        return new OrganisationException(keysByField(violations));
    }
}
