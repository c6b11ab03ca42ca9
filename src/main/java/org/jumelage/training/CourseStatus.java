package org.jumelage.training;

/**
 * The state of one version of a course. Only a draft can change; a published version is frozen.
 * Publishing a new version supersedes the previous one; unpublishing withdraws it from the
 * catalogue. Learners keep the version they started in every case.
 */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    WITHDRAWN;

    public String translationKey() {
        return "training.status." + name();
    }
}
