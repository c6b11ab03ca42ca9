/**
 * Learning: courses (bilingual modules of Markdown lessons and quizzes), immutable published
 * versions, enrolments pinned to the version started, progress, quiz attempts, completion,
 * certificates verified through {@code documents}, coordinator waivers of the scoping course and
 * reports. {@link org.jumelage.training.TrainingRecords} tells other features who completed what
 * (the project submission gate, the matching prerequisites, evidenced skills). Depends on
 * {@code shared}, {@code accounts}, {@code organisations} and {@code documents}; never on
 * projects, firms, volunteers, matching or reports, which may depend on it.
 */
package org.jumelage.training;
