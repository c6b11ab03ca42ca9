package org.jumelage.notifications.internal;

public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
