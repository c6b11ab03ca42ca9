package org.jumelage.accounts;

/**
 * A refused account operation. The message is a translation key, so each view shows it in its
 * user's language; {@link #field()} names the form field it belongs to, or null.
 */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String messageKey) {
        this(null, messageKey);
    }

    public AccountException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }
}
