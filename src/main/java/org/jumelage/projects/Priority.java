package org.jumelage.projects;

/** Labels: {@code priority.<NAME>}. An urgent project must say why. */
public enum Priority {
    NORMAL,
    URGENT;

    public String translationKey() {
        return "priority." + name();
    }
}
