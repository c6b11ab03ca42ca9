package org.jumelage.matching.runs;

import java.util.Set;

/**
 * The courses providers completed, as the solver's prerequisites read them (a seat that handles
 * personal data needs the privacy course). Fed by the training records ({@link TrainedProviders}).
 */
public interface CompletedCourses {

    /** Course codes a volunteer completed. */
    Set<String> ofVolunteer(String userId);

    /** Course codes the firm's staff completed. */
    Set<String> ofFirm(String firmId);
}
