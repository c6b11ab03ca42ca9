package org.jumelage.training;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.training.internal.Course;
import org.jumelage.training.internal.CourseRules;
import org.jumelage.training.internal.CourseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;

/**
 * Coordinators write courses. A course is a sequence of versions sharing a code: a draft changes
 * freely; publishing freezes it, puts it in the catalogue and supersedes the version before it;
 * editing a published course starts a new draft copied from it. Learners keep the version they
 * started. Concurrent edits of a draft are refused through its optimistic version.
 */
@Service
public class CourseAuthoring {

    private static final Logger log = LoggerFactory.getLogger(CourseAuthoring.class);

    private final CourseStore store;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    public CourseAuthoring(CourseStore store, CurrentUser currentUser, java.time.Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The newest version of every course, by title. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<CourseVersion> courses() {
        Map<String, Course> newest = new LinkedHashMap<>();
        for (Course c : store.courses().findAll()) {
            newest.merge(c.getCode(), c, (a, b) -> a.getRevision() >= b.getRevision() ? a : b);
        }
        return newest.values().stream().map(Course::toVersion)
                .sorted(Comparator.comparing(v -> v.content().title().fr())).toList();
    }

    /** Every version of a course, newest first. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<CourseVersion> versions(String code) {
        return store.courses().findByCodeOrderByRevisionDesc(code).stream().map(Course::toVersion).toList();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion get(String courseId) {
        return store.course(courseId).toVersion();
    }

    /** Starts a new course as a draft. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion create(CourseContent content) {
        CourseRules.checkDraft(content);
        if (store.courses().existsByCode(content.code())) {
            throw new TrainingException("code", "training.course.code.taken");
        }
        return insert(new Course(content, 1));
    }

    /** Saves a draft; refused for a published version or when someone saved it since {@code expectedVersion}. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion saveDraft(String courseId, CourseContent content, long expectedVersion) {
        CourseRules.checkDraft(content);
        Course course = load(courseId, expectedVersion);
        course.replaceContent(content);
        return save(course);
    }

    /**
     * The draft to edit a course in: the existing draft, or a new one copied from the newest
     * version. The published version stays as it is.
     */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion edit(String code) {
        Course newest = store.courses().findFirstByCodeOrderByRevisionDesc(code)
                .orElseThrow(() -> new TrainingException("training.course.notFound"));
        if (newest.getStatus() == CourseStatus.DRAFT) {
            return newest.toVersion();
        }
        return insert(new Course(newest.getContent(), newest.getRevision() + 1));
    }

    /** Publishes a draft in place of the course's published version. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion publish(String courseId, long expectedVersion) {
        Course draft = load(courseId, expectedVersion);
        if (draft.getStatus() != CourseStatus.DRAFT) {
            throw new TrainingException("training.course.notDraft");
        }
        CourseRules.checkPublishable(draft.getContent());
        return publishChecked(draft, currentUser.requireId());
    }

    /** Takes a published version out of the catalogue; learners who started it continue. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion unpublish(String courseId, long expectedVersion) {
        Course course = load(courseId, expectedVersion);
        course.withdraw();
        return save(course);
    }

    /** Puts a withdrawn version back in the catalogue, unless a newer version was published since. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion republish(String courseId, long expectedVersion) {
        Course course = load(courseId, expectedVersion);
        if (store.published(course.getCode()).isPresent()) {
            throw new TrainingException("training.course.otherPublished");
        }
        course.republish();
        return save(course);
    }

    /**
     * Imports a bundle file as a draft: a new course, or a new draft of an existing one (replacing
     * its current draft). Nothing is stored when the file is refused.
     */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CourseVersion importBundle(byte[] bytes) {
        CourseContent content = CourseBundles.read(bytes);
        Optional<Course> newest = store.courses().findFirstByCodeOrderByRevisionDesc(content.code());
        if (newest.isEmpty()) {
            return insert(new Course(content, 1));
        }
        if (newest.get().getStatus() == CourseStatus.DRAFT) {
            newest.get().replaceContent(content);
            return save(newest.get());
        }
        return insert(new Course(content, newest.get().getRevision() + 1));
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public byte[] exportBundle(String courseId) {
        return CourseBundles.write(store.course(courseId).getContent());
    }

    /**
     * Loads starter content: imports and publishes the course unless a course with its code
     * exists. For demo data, which runs signed out.
     */
    public boolean installStarter(CourseContent content) {
        CourseRules.checkPublishable(content);
        if (store.courses().existsByCode(content.code())) {
            return false;
        }
        Course course = store.courses().insert(new Course(content, 1));
        publishChecked(course, "demo");
        return true;
    }

    private CourseVersion publishChecked(Course draft, String by) {
        store.published(draft.getCode()).ifPresent(previous -> {
            previous.supersede();
            store.courses().save(previous);
        });
        draft.publish(clock.instant(), by);
        CourseVersion saved = save(draft);
        log.info("Course {} r{} published by {}", draft.getCode(), draft.getRevision(), by);
        return saved;
    }

    private Course load(String courseId, long expectedVersion) {
        Course course = store.course(courseId);
        if (course.getVersion() == null || course.getVersion() != expectedVersion) {
            throw new TrainingException("training.course.stale");
        }
        return course;
    }

    private CourseVersion insert(Course course) {
        try {
            return store.courses().insert(course).toVersion();
        } catch (DuplicateKeyException e) {
            throw new TrainingException("training.course.stale");
        }
    }

    private CourseVersion save(Course course) {
        try {
            return store.courses().save(course).toVersion();
        } catch (OptimisticLockingFailureException e) {
            throw new TrainingException("training.course.stale");
        }
    }
}
