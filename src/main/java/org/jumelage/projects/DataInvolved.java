package org.jumelage.projects;

/** The most sensitive data a project touches. Labels: {@code dataInvolved.<NAME>}. */
public enum DataInvolved {
    NONE,
    ANONYMISED,
    PERSONAL,
    SENSITIVE_PERSONAL;

    public boolean isPersonal() {
        return this == PERSONAL || this == SENSITIVE_PERSONAL;
    }

    public String translationKey() {
        return "dataInvolved." + name();
    }
}
