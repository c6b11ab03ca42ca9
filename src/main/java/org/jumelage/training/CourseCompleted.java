package org.jumelage.training;

/** A learner completed a course: every lesson read and every quiz passed. */
public record CourseCompleted(String userId, String courseCode, String courseId) {
}
