package org.jumelage.notifications;

/** Where an outbox message stands: waiting (possibly after failed attempts), delivered, or given up. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED;

    /** Translation key of the status label. */
    public String translationKey() {
        return "outbox.status." + name();
    }
}
