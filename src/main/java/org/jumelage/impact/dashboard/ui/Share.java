package org.jumelage.impact.dashboard.ui;

/** A proportion from 0 to 1: a percentage in tables, a decimal in CSV. */
record Share(double value) {
}
