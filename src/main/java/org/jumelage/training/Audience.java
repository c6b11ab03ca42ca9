package org.jumelage.training;

/** Who a course is written for. */
public enum Audience {
    OSBL_STAFF,
    VOLUNTEERS,
    FIRMS,
    EVERYONE;

    public String translationKey() {
        return "training.audience." + name();
    }
}
