package org.jumelage.training.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jumelage.training.CourseStatus;
import org.jumelage.training.Progress;
import org.jumelage.training.Progress.QuizStatus;
import org.jumelage.training.TrainingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Shared reads of courses and enrolments for the training services. */
@Component
public class CourseStore {

    private static final int RETRIES = 5;

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;

    CourseStore(CourseRepository courses, EnrolmentRepository enrolments) {
        this.courses = courses;
        this.enrolments = enrolments;
    }

    public CourseRepository courses() {
        return courses;
    }

    public EnrolmentRepository enrolments() {
        return enrolments;
    }

    public Optional<Course> published(String code) {
        return courses.findFirstByCodeAndStatus(code, CourseStatus.PUBLISHED);
    }

    /** The latest published version of every course in the catalogue. */
    public List<Course> catalogue() {
        return courses.findByStatus(CourseStatus.PUBLISHED).stream()
                .sorted(Comparator.comparing(c -> c.getContent().title().fr())).toList();
    }

    public Course course(String id) {
        return courses.findById(id).orElseThrow(() -> new TrainingException("training.course.notFound"));
    }

    /**
     * Changes an enrolment, reloading and trying again when a concurrent change to it (another tab)
     * won the optimistic lock; every change here is safe to reapply to the newer state.
     */
    public Enrolment update(String enrolmentId, Consumer<Enrolment> change) {
        for (int attempt = 1; ; attempt++) {
            Enrolment e = enrolments.findById(enrolmentId)
                    .orElseThrow(() -> new TrainingException("training.notEnrolled"));
            change.accept(e);
            try {
                return enrolments.save(e);
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt >= RETRIES) {
                    throw new TrainingException("training.concurrentChange");
                }
            }
        }
    }

    public Progress progress(Enrolment e, Course course) {
        var content = course.getContent();
        int max = content.maxQuizAttempts();
        Map<String, QuizStatus> quizzes = new LinkedHashMap<>();
        e.getQuizzes().forEach((k, q) -> quizzes.put(k, new QuizStatus(q.attempts(), q.bestScore(), q.passed(),
                max == 0 ? -1 : Math.max(0, max - q.attempts()))));
        String next = null;
        boolean nextIsQuiz = false;
        if (e.getCompletedAt() == null) {
            String last = e.getLastLessonKey();
            if (last != null && content.lesson(last).isPresent() && !e.getLessonsRead().contains(last)) {
                next = last;
            } else {
                for (var m : content.modules()) {
                    Optional<String> unread = m.lessons().stream().map(l -> l.key())
                            .filter(k -> !e.getLessonsRead().contains(k)).findFirst();
                    if (unread.isPresent()) {
                        next = unread.get();
                        break;
                    }
                    if (content.quizModuleKeys().contains(m.key()) && !quizzes.containsKey(m.key())
                            || quizzes.containsKey(m.key()) && !quizzes.get(m.key()).passed()) {
                        next = m.key();
                        nextIsQuiz = true;
                        break;
                    }
                }
            }
        }
        return new Progress(e.getCourseCode(), e.getCourseId(), e.getRevision(), content.title(),
                java.util.Set.copyOf(e.getLessonsRead()), content.lessonCount(), quizzes,
                content.quizModuleKeys().size(), next, nextIsQuiz, e.getEnrolledAt(), e.getCompletedAt());
    }

    /** Whether every lesson is read and every quiz passed. */
    public static boolean isComplete(Enrolment e, Course course) {
        var content = course.getContent();
        return e.getLessonsRead().containsAll(content.lessonKeys()) && content.quizModuleKeys().stream()
                .allMatch(k -> e.getQuizzes().containsKey(k) && e.getQuizzes().get(k).passed());
    }
}
