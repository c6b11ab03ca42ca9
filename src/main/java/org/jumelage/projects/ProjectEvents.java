package org.jumelage.projects;

/** Events other features may listen to; each carries the project's id. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    public record ProjectSubmitted(String projectId) {
    }

    public record ProjectApproved(String projectId) {
    }

    public record ProjectChangesRequested(String projectId) {
    }

    public record ProjectRejected(String projectId) {
    }

    public record ProjectCancelled(String projectId) {
    }

    public record ProjectStarted(String projectId) {
    }

    public record ProjectCompleted(String projectId) {
    }
}
