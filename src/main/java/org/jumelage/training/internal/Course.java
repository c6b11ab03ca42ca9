package org.jumelage.training.internal;

import java.time.Instant;

import org.jumelage.shared.text.SearchText;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseStatus;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.TrainingException;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a course. Code and revision are unique together. Only a draft's content changes:
 * {@link #replaceContent} refuses once published, so what a learner started never moves under them.
 */
@Document("courses")
public class Course extends BaseDocument {

    private String code;
    private int revision;
    private CourseStatus status;
    private CourseContent content;
    private Instant publishedAt;
    private String publishedBy;
    /** Lower-case, accent-free titles and summaries, for search. */
    private String searchText;

    protected Course() {
    }

    public Course(CourseContent content, int revision) {
        this.code = content.code();
        this.revision = revision;
        this.status = CourseStatus.DRAFT;
        setContent(content);
    }

    public void replaceContent(CourseContent newContent) {
        if (status != CourseStatus.DRAFT) {
            throw new TrainingException("training.course.frozen");
        }
        if (!newContent.code().equals(code)) {
            throw new TrainingException("code", "training.course.code.changed");
        }
        setContent(newContent);
    }

    private void setContent(CourseContent c) {
        this.content = c;
        this.searchText = SearchText.normalise(String.join(" ", c.title().fr(), c.title().en(), c.summary().fr(),
                c.summary().en()));
    }

    public void publish(Instant at, String by) {
        if (status != CourseStatus.DRAFT) {
            throw new TrainingException("training.course.notDraft");
        }
        status = CourseStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    public void supersede() {
        status = CourseStatus.SUPERSEDED;
    }

    public void withdraw() {
        if (status != CourseStatus.PUBLISHED) {
            throw new TrainingException("training.course.notPublished");
        }
        status = CourseStatus.WITHDRAWN;
    }

    /** Back in the catalogue after a withdrawal. */
    public void republish() {
        if (status != CourseStatus.WITHDRAWN) {
            throw new TrainingException("training.course.notWithdrawn");
        }
        status = CourseStatus.PUBLISHED;
    }

    public CourseVersion toVersion() {
        return new CourseVersion(getId(), code, revision, status, getVersion() == null ? 0 : getVersion(), content,
                publishedAt);
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public CourseContent getContent() {
        return content;
    }
}
