package org.jumelage.training;

import java.time.Instant;

/**
 * One version of a course as stored.
 *
 * @param version the optimistic version to send back with an edit
 */
public record CourseVersion(String id, String code, int revision, CourseStatus status, long version,
        CourseContent content, Instant publishedAt) {

    public boolean isDraft() {
        return status == CourseStatus.DRAFT;
    }
}
