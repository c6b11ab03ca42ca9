package org.jumelage.training;

import java.util.Optional;

/** A course as one learner sees it: the version they started, or the published one, with their progress. */
public record LearnerCourse(CourseVersion course, Optional<Progress> progress) {

    public boolean enrolled() {
        return progress.isPresent();
    }
}
