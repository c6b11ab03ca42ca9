package org.jumelage.matching.review;

import org.jumelage.shared.validation.RefusalException;

/** A refused review or offer operation; see {@link RefusalException}. */
public class MatchException extends RefusalException {

    public MatchException(String messageKey) {
        super(messageKey);
    }

    public MatchException(String field, String messageKey) {
        super(field, messageKey);
    }
}
