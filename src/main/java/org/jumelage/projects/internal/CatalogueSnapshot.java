package org.jumelage.projects.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jumelage.projects.CatalogueQuery;
import org.jumelage.projects.CatalogueSort;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.shared.storage.EmbeddedStore;
import org.jumelage.shared.text.SearchText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The open projects as the public catalogue shows them, kept in memory so that a catalogue page or
 * count does not read every project of the store. The embedded store ignores secondary indexes: each
 * catalogue query there scans the whole collection, and tens of concurrent visitors kept it busy for
 * seconds. A real MongoDB serves the same queries from its indexes, so the snapshot is used by
 * default only on the embedded store ({@code jumelage.catalogue.in-memory} forces it on or off).
 * <p>
 * The snapshot holds the catalogue's fields only (no questionnaire, no texts the catalogue does not
 * show). It is read again when this node writes a project that is open or has just left the open
 * state, deletes a project ({@link ProjectWrites#catalogueRevision()}), or when it is older than
 * {@code jumelage.catalogue.snapshot-ttl} (one minute by default: changes made by another process).
 * For each filter it keeps the sorted matches, so a count and the next pages cost no new filtering.
 * Filtering and sorting follow the store's rules: keywords are substrings of the normalised text,
 * ascending order puts missing values first, ties go by id.
 */
@Component
public class CatalogueSnapshot {

    /** Fields the catalogue filters, sorts or shows. */
    static final String[] FIELDS = {"organisationId", "title", "summary", "category", "skillCodes", "providerKinds",
        "anyRemote", "totalHours", "deadline", "openedAt", "searchText", "status"};

    /** Kept filters per snapshot; beyond this the kept ones are dropped (visitors' filters vary little). */
    static final int MAX_FILTERS = 256;

    private record Key(CatalogueQuery query, Set<String> organisationIds) {
    }

    private record Snapshot(List<Project> open, Instant at, long revision, Map<Key, List<Project>> matches) {
    }

    private final MongoTemplate mongo;
    private final ProjectWrites writes;
    private final Clock clock;
    private final Duration ttl;
    private final boolean enabled;
    private volatile Snapshot snapshot;

    CatalogueSnapshot(MongoTemplate mongo, ProjectWrites writes, Clock clock,
            @Value("${jumelage.catalogue.snapshot-ttl:PT1M}") Duration ttl,
            @Value("${jumelage.catalogue.in-memory:#{null}}") Boolean inMemory,
            ObjectProvider<EmbeddedStore> embeddedStore) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
        this.ttl = ttl;
        this.enabled = inMemory != null ? inMemory : embeddedStore.getIfAvailable() != null;
    }

    /** Whether the catalogue is read from this snapshot rather than queried in the store. */
    public boolean enabled() {
        return enabled && !ttl.isZero() && !ttl.isNegative();
    }

    /** The open projects that match, in the query's order, of the given organisations' when not null. */
    public List<Project> page(CatalogueQuery query, List<String> organisationIds, int offset, int limit) {
        List<Project> matches = matches(query, organisationIds);
        if (offset >= matches.size() || limit <= 0) {
            return List.of();
        }
        return List.copyOf(matches.subList(Math.max(0, offset), Math.min(matches.size(), offset + limit)));
    }

    public long count(CatalogueQuery query, List<String> organisationIds) {
        return matches(query, organisationIds).size();
    }

    private List<Project> matches(CatalogueQuery query, List<String> organisationIds) {
        Snapshot current = current();
        Key key = new Key(query, organisationIds == null ? null : Set.copyOf(organisationIds));
        List<Project> kept = current.matches().get(key);
        if (kept != null) {
            return kept;
        }
        List<Project> found = current.open().stream().filter(filter(query, key.organisationIds()))
                .sorted(order(query.sort())).toList();
        if (current.matches().size() >= MAX_FILTERS) {
            current.matches().clear();
        }
        current.matches().put(key, found);
        return found;
    }

    private Snapshot current() {
        Snapshot kept = snapshot;
        if (fresh(kept)) {
            return kept;
        }
        synchronized (this) {
            kept = snapshot;
            if (fresh(kept)) {
                return kept;
            }
            Instant now = clock.instant();
            // Read before the projects: a write meanwhile leaves this snapshot stale, never a stale one current.
            long revision = writes.catalogueRevision();
            Query open = Query.query(Criteria.where("status").is(ProjectStatus.OPEN));
            open.fields().include(FIELDS);
            List<Project> projects = new ArrayList<>(mongo.find(open, Project.class));
            kept = new Snapshot(List.copyOf(projects), now, revision, new ConcurrentHashMap<>());
            snapshot = kept;
            return kept;
        }
    }

    private boolean fresh(Snapshot kept) {
        if (kept == null || kept.revision() != writes.catalogueRevision()) {
            return false;
        }
        Instant now = clock.instant();
        return !now.isBefore(kept.at()) && now.isBefore(kept.at().plus(ttl));
    }

    private static Predicate<Project> filter(CatalogueQuery query, Set<String> organisationIds) {
        Predicate<Project> filter = p -> p.getStatus() == ProjectStatus.OPEN;
        String keywords = SearchText.query(query.keywords());
        for (String word : keywords.isEmpty() ? new String[0] : keywords.split(" ")) {
            filter = filter.and(p -> p.searchText() != null && p.searchText().contains(word));
        }
        if (organisationIds != null) {
            Set<String> ids = new HashSet<>(organisationIds);
            filter = filter.and(p -> ids.contains(p.getOrganisationId()));
        }
        if (query.skillCode() != null) {
            filter = filter.and(p -> p.requiresSkill(query.skillCode()));
        }
        if (query.providerKind() != null) {
            filter = filter.and(p -> p.offersTo(query.providerKind()));
        }
        if (query.remoteOnly()) {
            filter = filter.and(Project::isAnyRemote);
        }
        return filter;
    }

    /** The store's order: ascending puts missing values first, descending last; ties by id. */
    static Comparator<Project> order(CatalogueSort sort) {
        Comparator<Project> first = switch (sort) {
            case NEWEST -> descending(Project::getOpenedAt);
            case DEADLINE -> ascending(Project::getDeadline);
            case HOURS -> Comparator.comparingInt(Project::getTotalHours).reversed();
            case TITLE -> ascending(Project::searchText);
        };
        return first.thenComparing(Project::getId, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static <T extends Comparable<? super T>> Comparator<Project> ascending(Function<Project, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.<T>naturalOrder()));
    }

    private static <T extends Comparable<? super T>> Comparator<Project> descending(Function<Project, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.<T>reverseOrder()));
    }
}
