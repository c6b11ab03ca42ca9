package org.jumelage.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.QuizOutcome.QuestionResult;
import org.jumelage.training.internal.Course;
import org.jumelage.training.internal.CourseStore;
import org.jumelage.training.internal.Enrolment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A signed-in learner's path through a course: the catalogue, enrolment (pinned to the published
 * version of the day), lessons read, quiz attempts within the course's limit (best score kept) and
 * completion once every lesson is read and every quiz passed. Each person sees only their own
 * progress.
 */
@Service
public class Learning {

    private static final Logger log = LoggerFactory.getLogger(Learning.class);

    private final CourseStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    public Learning(CourseStore store, CurrentUser currentUser, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Published courses; a null filter does not filter. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseVersion> catalogue(Audience audience, String language, CourseLevel level) {
        return store.catalogue().stream().map(Course::getContent)
                .filter(c -> audience == null || c.audience() == audience || c.audience() == Audience.EVERYONE)
                .filter(c -> language == null || c.languages().contains(language))
                .filter(c -> level == null || c.level() == level)
                .map(c -> store.published(c.code()).orElseThrow().toVersion()).toList();
    }

    /**
     * A course for the signed-in person: the version they started when enrolled, else the
     * published one; refused when neither exists.
     */
    @PreAuthorize("isAuthenticated()")
    public LearnerCourse course(String code) {
        Optional<Enrolment> enrolment = mine(code);
        if (enrolment.isPresent()) {
            Course pinned = store.course(enrolment.get().getCourseId());
            return new LearnerCourse(pinned.toVersion(), Optional.of(store.progress(enrolment.get(), pinned)));
        }
        Course published = store.published(code).orElseThrow(() -> new TrainingException("training.course.notFound"));
        return new LearnerCourse(published.toVersion(), Optional.empty());
    }

    /** Enrols the signed-in person in the published version; enrolling again changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public Progress enrol(String code) {
        String me = currentUser.requireId();
        Optional<Enrolment> existing = mine(code);
        if (existing.isPresent()) {
            return store.progress(existing.get(), store.course(existing.get().getCourseId()));
        }
        Course published = store.published(code).orElseThrow(() -> new TrainingException("training.course.notFound"));
        Enrolment e;
        try {
            e = store.enrolments().insert(new Enrolment(me, code, published.getId(), published.getRevision(),
                    clock.instant()));
        } catch (DuplicateKeyException raced) {
            e = mine(code).orElseThrow();
        }
        log.info("{} enrolled in {} r{}", me, code, published.getRevision());
        return store.progress(e, store.course(e.getCourseId()));
    }

    /** Records that the learner opened a lesson, so that they resume there. */
    @PreAuthorize("isAuthenticated()")
    public Progress visit(String code, String lessonKey) {
        Enrolment e = enrolment(code);
        Course course = store.course(e.getCourseId());
        requireLesson(course, lessonKey);
        if (e.getCompletedAt() != null) {
            return store.progress(e, course);
        }
        return store.progress(store.update(e.getId(), x -> x.visit(lessonKey)), course);
    }

    /** Marks a lesson read; the course completes when it was the last step. */
    @PreAuthorize("isAuthenticated()")
    public Progress markRead(String code, String lessonKey) {
        Enrolment e = enrolment(code);
        Course course = store.course(e.getCourseId());
        requireLesson(course, lessonKey);
        Enrolment saved = store.update(e.getId(), x -> {
            x.markRead(lessonKey);
            completeIfDone(x, course);
        });
        announceCompletion(e, saved);
        return store.progress(saved, course);
    }

    /**
     * Scores an attempt at a module's quiz and keeps the best score.
     *
     * @param answers chosen choice keys by question key
     * @throws TrainingException {@code training.quiz.noAttemptsLeft} once the course's limit is reached
     */
    @PreAuthorize("isAuthenticated()")
    public QuizOutcome submitQuiz(String code, String moduleKey, Map<String, Set<String>> answers) {
        Enrolment e = enrolment(code);
        Course course = store.course(e.getCourseId());
        CourseModule module = course.getContent().module(moduleKey).filter(m -> m.quiz() != null)
                .orElseThrow(() -> new TrainingException("training.quiz.notFound"));
        int max = course.getContent().maxQuizAttempts();
        List<QuestionResult> results = QuizScoring.results(module.quiz(), answers == null ? Map.of() : answers);
        int score = QuizScoring.score(results);
        boolean passed = score >= module.quiz().passMark();
        Enrolment saved = store.update(e.getId(), x -> {
            var before = x.getQuizzes().get(moduleKey);
            if (max > 0 && before != null && before.attempts() >= max) {
                throw new TrainingException("training.quiz.noAttemptsLeft");
            }
            x.recordAttempt(moduleKey, score, passed, clock.instant());
            completeIfDone(x, course);
        });
        announceCompletion(e, saved);
        var record = saved.getQuizzes().get(moduleKey);
        return new QuizOutcome(moduleKey, score, module.quiz().passMark(), passed, record.bestScore(),
                record.attempts(), max == 0 ? -1 : Math.max(0, max - record.attempts()),
                saved.getCompletedAt() != null, results);
    }

    /** The signed-in person's courses, the latest enrolment first. */
    @PreAuthorize("isAuthenticated()")
    public List<Progress> myLearning() {
        return store.enrolments().findByUserIdOrderByEnrolledAtDesc(currentUser.requireId()).stream()
                .map(e -> store.progress(e, store.course(e.getCourseId()))).toList();
    }

    /** Whether the signed-in person may author courses (for the views). */
    public boolean canAuthor() {
        return currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN);
    }

    private void completeIfDone(Enrolment e, Course course) {
        if (e.getCompletedAt() == null && CourseStore.isComplete(e, course)) {
            e.complete(clock.instant());
        }
    }

    private void announceCompletion(Enrolment before, Enrolment after) {
        if (before.getCompletedAt() == null && after.getCompletedAt() != null) {
            log.info("{} completed {}", after.getUserId(), after.getCourseCode());
            events.publishEvent(new CourseCompleted(after.getUserId(), after.getCourseCode(), after.getCourseId()));
        }
    }

    private Optional<Enrolment> mine(String code) {
        return store.enrolments().findByUserIdAndCourseCode(currentUser.requireId(), code);
    }

    private Enrolment enrolment(String code) {
        return mine(code).orElseThrow(() -> new TrainingException("training.notEnrolled"));
    }

    private static void requireLesson(Course course, String lessonKey) {
        if (course.getContent().lesson(lessonKey).isEmpty()) {
            throw new TrainingException("training.lesson.notFound");
        }
    }
}
