package org.jumelage.impact;

import java.util.Map;

import org.jumelage.shared.validation.RefusalException;

/** A refused evaluation or programme operation; see {@link RefusalException}. */
public class ImpactException extends RefusalException {

    public ImpactException(String messageKey) {
        super(messageKey);
    }

    public ImpactException(String field, String messageKey) {
        super(field, messageKey);
    }

    public ImpactException(Map<String, String> fieldMessageKeys) {
        super(fieldMessageKeys);
    }
}
