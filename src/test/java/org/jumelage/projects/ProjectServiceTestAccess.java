package org.jumelage.projects;

/** A complete project draft for other features' tests. */
public final class ProjectServiceTestAccess {

    private ProjectServiceTestAccess() {
    }

    public static ProjectDraft complete(String title) {
        return ProjectServiceTest.complete(title);
    }
}
