package org.jumelage.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner in a course, pinned to the version they started ({@link #courseId}). One per learner
 * and course code (unique index). Progress is recorded by lesson and module key.
 */
@Document("enrolments")
public class Enrolment extends BaseDocument {

    private String userId;
    private String courseCode;
    private String courseId;
    private int revision;
    private Instant enrolledAt;
    private Set<String> lessonsRead = new LinkedHashSet<>();
    private Map<String, QuizRecord> quizzes = new LinkedHashMap<>();
    private String lastLessonKey;
    private Instant completedAt;
    /** Coordinators' resets of quiz attempts, oldest first; kept in the enrolment so each reset is one write. */
    private List<AttemptReset> resets = new ArrayList<>();

    /** Attempts made on a module's quiz, the best score kept. */
    public record QuizRecord(int attempts, int bestScore, boolean passed, Instant lastAttemptAt) {
    }

    /**
     * A coordinator gave the learner their attempts back.
     *
     * @param cleared the quiz records taken away, by module key, as they were
     */
    public record AttemptReset(String reason, String by, Instant at, Map<String, QuizRecord> cleared) {
    }

    protected Enrolment() {
    }

    public Enrolment(String userId, String courseCode, String courseId, int revision, Instant at) {
        this.userId = userId;
        this.courseCode = courseCode;
        this.courseId = courseId;
        this.revision = revision;
        this.enrolledAt = at;
    }

    /** Only for records created outside the learner's path (demo data). */
    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean markRead(String lessonKey) {
        lastLessonKey = lessonKey;
        return lessonsRead.add(lessonKey);
    }

    public void visit(String lessonKey) {
        lastLessonKey = lessonKey;
    }

    public QuizRecord recordAttempt(String moduleKey, int score, boolean passed, Instant at) {
        QuizRecord before = quizzes.get(moduleKey);
        QuizRecord after = before == null ? new QuizRecord(1, score, passed, at)
                : new QuizRecord(before.attempts() + 1, Math.max(before.bestScore(), score),
                        before.passed() || passed, at);
        quizzes.put(moduleKey, after);
        return after;
    }

    /**
     * Clears the attempts at every quiz not passed yet, so the learner starts those afresh; a
     * passed quiz stays passed. Returns the reset, or null when there was nothing to clear.
     */
    public AttemptReset resetAttempts(String reason, String by, Instant at) {
        Map<String, QuizRecord> cleared = new LinkedHashMap<>();
        quizzes.forEach((module, record) -> {
            if (!record.passed()) {
                cleared.put(module, record);
            }
        });
        if (cleared.isEmpty()) {
            return null;
        }
        cleared.keySet().forEach(quizzes::remove);
        AttemptReset reset = new AttemptReset(reason, by, at, cleared);
        if (resets == null) {
            resets = new ArrayList<>();
        }
        resets.add(reset);
        return reset;
    }

    public List<AttemptReset> getResets() {
        return resets == null ? List.of() : resets;
    }

    public String getUserId() {
        return userId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseId() {
        return courseId;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Set<String> getLessonsRead() {
        return lessonsRead;
    }

    public Map<String, QuizRecord> getQuizzes() {
        return quizzes;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
