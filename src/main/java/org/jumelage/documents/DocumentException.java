package org.jumelage.documents;

import org.jumelage.shared.validation.RefusalException;

/** A refused verification; see {@link RefusalException}. */
public class DocumentException extends RefusalException {

    public DocumentException(String messageKey) {
        super(messageKey);
    }

    public DocumentException(String field, String messageKey) {
        super(field, messageKey);
    }
}
