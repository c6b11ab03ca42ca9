package org.jumelage.impact.dashboard;

/** Active obligations of a firm expiring within {@code days} days from today, and their unallocated hours. */
public record ExpiryWindow(int days, long obligations, long hoursUnallocated) {
}
