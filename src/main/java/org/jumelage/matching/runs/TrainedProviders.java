package org.jumelage.matching.runs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.firms.FirmDirectory;
import org.jumelage.matching.solver.Provider;
import org.jumelage.training.TrainingRecords;
import org.springframework.stereotype.Component;

/**
 * Completed courses from the training records, in the solver's terms: a volunteer holds the courses
 * they completed; a firm holds a course as soon as one of its members completed it (the member who
 * did is the one the firm assigns to a seat that needs it). The Law 25 privacy course also counts as
 * the solver's {@value Provider#PRIVACY_COURSE} prerequisite.
 */
@Component
class TrainedProviders implements CompletedCourses {

    private final TrainingRecords training;
    private final FirmDirectory firms;

    TrainedProviders(TrainingRecords training, FirmDirectory firms) {
        this.training = training;
        this.firms = firms;
    }

    @Override
    public Set<String> ofVolunteer(String userId) {
        return inSolverTerms(training.completedCourses(userId));
    }

    @Override
    public Set<String> ofFirm(String firmId) {
        List<String> members = firms.memberIds(firmId);
        Set<String> codes = new HashSet<>();
        training.completedCourses(members).values().forEach(codes::addAll);
        return inSolverTerms(codes);
    }

    private static Set<String> inSolverTerms(Set<String> completed) {
        Set<String> codes = new HashSet<>(completed);
        if (completed.contains(TrainingRecords.PRIVACY_COURSE)) {
            codes.add(Provider.PRIVACY_COURSE);
        }
        return Set.copyOf(codes);
    }
}
