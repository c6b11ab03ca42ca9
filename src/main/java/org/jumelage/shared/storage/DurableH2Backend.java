package org.jumelage.shared.storage;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The H2 backend of mongo-java-server, made durable: the plain backend commits its MVStore in the
 * background about once a second, so a killed process lost the writes it had already acknowledged.
 * Here every message the driver sends is committed before the reply leaves, so an acknowledged
 * write survives a {@code kill -9}. Each message also holds the version it reads until its reply
 * ({@link #keepingVersion}), so that commits of other messages meanwhile cannot take its chunks away.
 * (Against an operating-system crash a {@code sync()} would also be needed; that is not attempted.)
 */
public class DurableH2Backend extends H2Backend {

    private final MVStore store;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /**
     * Opens (or creates) the store file. Retention time 0 and no old versions kept: each commit's
     * replaced chunks are reused at once, unless a message still reads them ({@link #keepingVersion}),
     * so the file does not grow per commit.
     */
    public static DurableH2Backend open(String fileName) {
        return open(fileName, 16);
    }

    /** Opens the store with a page cache of the given size (tests use a small one to make reads hit the file). */
    static DurableH2Backend open(String fileName, int cacheMegabytes) {
        MVStore store = new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes).open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = keepingVersion(() -> DurableH2Backend.super.handleMessage(message));
        synchronized (store) {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
        return reply;
    }

    /**
     * Runs {@code work} with the store's current version, and every later one, kept until it returns.
     * A query or an aggregation walks the version of a collection that was current when it began, while
     * other clients' messages commit newer ones. With retention time 0 the store reuses a chunk as soon
     * as the current version no longer needs it, so a long read (a dashboard over many documents) failed
     * with "Chunk ... not found" once the chunks it still had to read were dropped. A registered version
     * usage makes the store keep them until the read ends; then they are reused as before, so the file
     * does not grow with the number of commits.
     */
    <T> T keepingVersion(Supplier<T> work) {
        MVStore.TxCounter usage = store.registerVersionUsage();
        try {
            return work.get();
        } finally {
            store.deregisterVersionUsage(usage);
        }
    }
}
