package org.jumelage.projects;

/** Who may take a seat. Labels: {@code providerKind.<NAME>}. */
public enum ProviderKind {
    FIRM,
    VOLUNTEER,
    EITHER;

    public boolean accepts(ProviderKind provider) {
        return this == EITHER || this == provider;
    }

    public String translationKey() {
        return "providerKind." + name();
    }
}
