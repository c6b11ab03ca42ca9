package org.jumelage.shared.domain;

/** The language work on a seat happens in. Labels: {@code workingLanguage.<NAME>}. */
public enum WorkingLanguage {
    FRENCH,
    ENGLISH,
    EITHER;

    /** Whether a person who works in {@code offered} can take a seat that asks for this language. */
    public boolean acceptedBy(WorkingLanguage offered) {
        return this == EITHER || offered == EITHER || this == offered;
    }

    public String translationKey() {
        return "workingLanguage." + name();
    }
}
