package org.jumelage.volunteers;

/** Where a volunteer is in their studies. Labels: {@code studyLevel.<NAME>}. */
public enum StudyLevel {
    CEGEP,
    BACHELOR,
    MASTER,
    DOCTORATE,
    OTHER;

    public String translationKey() {
        return "studyLevel." + name();
    }
}
