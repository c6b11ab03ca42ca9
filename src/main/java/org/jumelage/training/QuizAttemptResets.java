package org.jumelage.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.training.internal.Course;
import org.jumelage.training.internal.CourseStore;
import org.jumelage.training.internal.Enrolment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;

/**
 * Coordinators give a learner their quiz attempts back for one course, with a reason that stays
 * in the learner's enrolment. Only quizzes not passed yet are reset: a pass is never taken away.
 */
@Service
public class QuizAttemptResets {

    private static final Logger log = LoggerFactory.getLogger(QuizAttemptResets.class);

    private final CourseStore store;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    public QuizAttemptResets(CourseStore store, AccountService accounts, CurrentUser currentUser,
            java.time.Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Attempts at one module's quiz; {@code attemptsLeft} is -1 when the course sets no limit. */
    public record QuizAttempts(String moduleKey, int attempts, int bestScore, boolean passed, int attemptsLeft) {
    }

    /** One learner in one course, as a coordinator sees it to decide on a reset. */
    public record LearnerAttempts(String userId, String displayName, String email, String courseCode,
            Bilingual courseTitle, boolean completed, List<QuizAttempts> quizzes, int resets) {

        /** Whether some quiz not passed has no attempt left. */
        public boolean blocked() {
            return quizzes.stream().anyMatch(q -> !q.passed() && q.attemptsLeft() == 0);
        }
    }

    /** A reset as recorded. */
    public record Reset(String userId, String courseCode, String reason, String by, Instant at,
            List<String> modules) {
    }

    /** Learners who used every attempt at a quiz they have not passed, in courses they have not completed. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<LearnerAttempts> outOfAttempts() {
        Map<String, Course> courses = new HashMap<>();
        List<LearnerAttempts> rows = new ArrayList<>();
        for (Enrolment e : store.enrolments().findAll()) {
            if (e.getCompletedAt() != null || e.getQuizzes().isEmpty()) {
                continue;
            }
            Course course = courses.computeIfAbsent(e.getCourseId(), store::course);
            int max = course.getContent().maxQuizAttempts();
            if (max > 0 && e.getQuizzes().values().stream().anyMatch(q -> !q.passed() && q.attempts() >= max)) {
                rows.add(row(e, course));
            }
        }
        return rows;
    }

    /** Every course of the learner with this e-mail address; empty when there is no such account. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<LearnerAttempts> ofLearner(String email) {
        Optional<UserSummary> learner = accounts.findByEmail(email);
        if (learner.isEmpty()) {
            return List.of();
        }
        return store.enrolments().findByUserIdOrderByEnrolledAtDesc(learner.get().id()).stream()
                .map(e -> row(e, store.course(e.getCourseId()))).toList();
    }

    /**
     * Clears the learner's attempts at every quiz of the course they have not passed, so they may try
     * again.
     *
     * @throws TrainingException {@code training.reset.reason} without a reason of 10 to 1000
     *         characters, {@code training.notEnrolled} for no enrolment, {@code training.reset.nothing}
     *         when no quiz waits for another attempt
     */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Reset reset(String userId, String courseCode, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 1000) {
            throw new TrainingException("reason", "training.reset.reason");
        }
        Enrolment enrolment = store.enrolments().findByUserIdAndCourseCode(userId, courseCode)
                .orElseThrow(() -> new TrainingException("training.notEnrolled"));
        String by = currentUser.requireId();
        Instant at = clock.instant();
        Enrolment saved = store.update(enrolment.getId(), e -> {
            if (e.resetAttempts(why, by, at) == null) {
                throw new TrainingException("training.reset.nothing");
            }
        });
        Enrolment.AttemptReset last = saved.getResets().get(saved.getResets().size() - 1);
        log.info("Quiz attempts of {} in {} reset by {} ({})", userId, courseCode, by, last.cleared().keySet());
        return new Reset(userId, courseCode, last.reason(), last.by(), last.at(), List.copyOf(last.cleared().keySet()));
    }

    /** The resets of the learner's attempts in the course, oldest first. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<Reset> history(String userId, String courseCode) {
        return store.enrolments().findByUserIdAndCourseCode(userId, courseCode).stream()
                .flatMap(e -> e.getResets().stream()).map(r -> new Reset(userId, courseCode, r.reason(), r.by(),
                        r.at(), List.copyOf(r.cleared().keySet())))
                .toList();
    }

    private LearnerAttempts row(Enrolment e, Course course) {
        int max = course.getContent().maxQuizAttempts();
        List<QuizAttempts> quizzes = new ArrayList<>();
        e.getQuizzes().forEach((k, q) -> quizzes.add(new QuizAttempts(k, q.attempts(), q.bestScore(), q.passed(),
                max == 0 ? -1 : Math.max(0, max - q.attempts()))));
        Optional<UserSummary> who = accounts.find(e.getUserId());
        return new LearnerAttempts(e.getUserId(), who.map(UserSummary::displayName).orElse(e.getUserId()),
                who.map(UserSummary::email).orElse(""), e.getCourseCode(), course.getContent().title(),
                e.getCompletedAt() != null, quizzes, e.getResets().size());
    }
}
