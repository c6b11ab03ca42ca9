package org.jumelage.shared.storage;

/**
 * Present as a bean when the data store is the embedded server inside this process. No other process
 * can reach such a store while this one runs, so a lease or a job state that says "in progress" when
 * the application starts was left by an earlier process of the same store, which is gone (a crash or
 * a {@code kill -9}): features may take it back at once instead of waiting for it to expire.
 */
public final class EmbeddedStore {
}
