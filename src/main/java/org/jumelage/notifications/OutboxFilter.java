package org.jumelage.notifications;

/**
 * Which outbox messages to list.
 *
 * @param recipient text the recipient address contains (case ignored); blank for any
 * @param status    the status, or null for any
 */
public record OutboxFilter(String recipient, OutboxStatus status) {

    public static final OutboxFilter ALL = new OutboxFilter(null, null);
}
