package org.jumelage.matching.runs;

import java.util.Set;

/**
 * Courses providers completed (e.g. {@value org.jumelage.matching.solver.Provider#PRIVACY_COURSE}, required
 * for seats that handle personal data). The training feature will provide this; until then the
 * default bean ({@link RunsConfiguration}) knows of none, so personal-data seats stay unmatched.
 */
public interface CompletedCourses {

    /** Course codes a volunteer completed. */
    Set<String> ofVolunteer(String userId);

    /** Course codes the firm's staff completed. */
    Set<String> ofFirm(String firmId);
}
