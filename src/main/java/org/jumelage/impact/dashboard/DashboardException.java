package org.jumelage.impact.dashboard;

import org.jumelage.shared.validation.RefusalException;

/** A dashboard request refused; the message key names why, in the user's language. */
public class DashboardException extends RefusalException {

    public DashboardException(String messageKey) {
        super(messageKey);
    }
}
