package org.jumelage.impact.dashboard;

/** A dashboard request refused; the message key names why, in the user's language. */
public class DashboardException extends RuntimeException {

    private final String messageKey;

    public DashboardException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
