package org.jumelage.impact.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures computed a short while ago, kept for {@code ttl} so that anonymous traffic does not run an
 * aggregation per request. An entry is dropped sooner when the source's revision changes (a ledger
 * line was counted on this node) or when the clock is not within its lifetime (moved back or on).
 * Holds the last {@code max} keys; two requests that miss at once both compute, and the later wins.
 */
final class Recent<K, V> {

    private record Entry<V>(V value, Instant at, long revision) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final LongSupplier revision;
    private final Map<K, Entry<V>> entries;

    Recent(Clock clock, Duration ttl, LongSupplier revision, int max) {
        this.clock = clock;
        this.ttl = ttl;
        this.revision = revision;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > max;
            }
        };
    }

    V get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        long current = revision.getAsLong();
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.revision() == current && !now.isBefore(entry.at())
                && now.isBefore(entry.at().plus(ttl))) {
            return entry.value();
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry<>(value, now, current));
        }
        return value;
    }
}
