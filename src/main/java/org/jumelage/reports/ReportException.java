package org.jumelage.reports;

import org.jumelage.shared.validation.RefusalException;

/** A refused report, attestation or verification; see {@link RefusalException}. */
public class ReportException extends RefusalException {

    public ReportException(String messageKey) {
        super(messageKey);
    }

    public ReportException(String field, String messageKey) {
        super(field, messageKey);
    }
}
