package org.jumelage.projects.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Counts the project documents this node wrote or deleted (every save, insert and delete through
 * Spring Data, whichever service made it): figures derived from projects before the count changed
 * are stale.
 */
@Component
public class ProjectWrites extends AbstractMongoEventListener<Project> {

    private final AtomicLong revision = new AtomicLong();

    /** Changes after each write of a project on this node. */
    public long revision() {
        return revision.get();
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Project> event) {
        revision.incrementAndGet();
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Project> event) {
        revision.incrementAndGet();
    }
}
