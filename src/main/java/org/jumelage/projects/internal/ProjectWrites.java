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
    private final AtomicLong catalogueRevision = new AtomicLong();

    /** Changes after each write of a project on this node. */
    public long revision() {
        return revision.get();
    }

    /**
     * Changes after each write on this node of a project that is open or has just left the open
     * state, and after each delete: the catalogue read before it changed is stale. Drafts and projects
     * under review or under way do not change it.
     */
    public long catalogueRevision() {
        return catalogueRevision.get();
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Project> event) {
        revision.incrementAndGet();
        if (event.getSource() == null || event.getSource().concernsCatalogue()) {
            catalogueRevision.incrementAndGet();
        }
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Project> event) {
        revision.incrementAndGet();
        catalogueRevision.incrementAndGet();
    }
}
