package org.jumelage.shared.storage;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend of mongo-java-server, made durable: the plain backend commits its MVStore in the
 * background about once a second, so a killed process lost the writes it had already acknowledged.
 * Here every message the driver sends is committed before the reply leaves, so an acknowledged
 * write survives a {@code kill -9}. (Against an operating-system crash a {@code sync()} would also
 * be needed; that is not attempted.)
 */
public class DurableH2Backend extends H2Backend {

    private final MVStore store;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /** Opens (or creates) the store file; retention time 0 keeps the file from growing per commit. */
    public static DurableH2Backend open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = super.handleMessage(message);
        synchronized (store) {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
        return reply;
    }
}
