package org.jumelage.firms.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Monthly totals of the hours ledger, kept so that the dashboards never re-read the whole ledger.
 * Each line adds its hours to three buckets of its month (UTC) of recording: one per OSBL (the owner
 * of the line's project) and one per firm (volunteers together), in {@value #COLLECTION}, and one
 * per obligation (volunteers together, unnamed), the running totals of the obligations' balances, in
 * {@value #OBLIGATIONS_COLLECTION} (a store that scans for every query then reads the hours by OSBL or
 * firm without going through them). A bucket holds the hours of each kind of line, the same hours per
 * day of the month (a period may start or end mid-month) and the ids of the lines it counts.
 * <p>
 * Counting a line is one conditional {@code $inc} upsert per bucket that matches only while the
 * bucket lacks the line's id, so a retried count adds nothing and no transaction is needed. The
 * ledger stays the source of truth: {@link #check()} (at start-up and periodically) counts the lines
 * a bucket misses, and {@link #rebuild()} replays the whole ledger when the summary is missing or of
 * another format.
 */
@Component
public class HoursSummaryStore {

    public static final String COLLECTION = "hours_summary";
    public static final String OBLIGATIONS_COLLECTION = "hours_summary_obligations";
    /** Bumped when the buckets change shape or rules: a stored summary of another format is rebuilt. */
    static final int FORMAT = 2;
    private static final String STATE_ID = "state";
    private static final int INSERT_CHUNK = 500;

    private static final Logger log = LoggerFactory.getLogger(HoursSummaryStore.class);

    /** The ways the lines are bucketed; each counts every line once. */
    public enum Kind {
        ORGANISATION, FIRM, OBLIGATION
    }

    /** Hours of one kind of line in one bucket, over the days asked for. */
    public record Row(String key, YearMonth month, EntryType type, long hours) {
    }

    /** What a check found and did. */
    public enum Outcome {
        CURRENT, REPAIRED, REBUILT
    }

    private final MongoTemplate mongo;
    private final ProjectService projects;
    private final ProjectStatistics projectFacts;
    private final AtomicLong revision = new AtomicLong();

    HoursSummaryStore(MongoTemplate mongo, ProjectService projects, ProjectStatistics projectFacts) {
        this.mongo = mongo;
        this.projects = projects;
        this.projectFacts = projectFacts;
    }

    /** Changes each time this node counts a line or rebuilds: lets readers drop what they cached. */
    public long revision() {
        return revision.get();
    }

    /** Counts an appended line, once however often it is called for the same line. */
    public void count(LedgerEntry entry) {
        String organisationId = projects.organisationOf(entry.getProjectId()).orElse(null);
        count(new Line(entry.getId(), organisationId, entry.getFirmId(), obligationOf(entry.provider()),
                entry.getType(), entry.getHours(), entry.getRecordedAt()));
        revision.incrementAndGet();
    }

    /**
     * The hours of the buckets of one kind whose days fall from {@code from} to {@code to} (UTC,
     * both included, null for no limit), of the given keys only when {@code keys} is not null.
     * Whole months are read from the bucket totals, a month cut by the period from its days.
     */
    public List<Row> read(Kind kind, LocalDate from, LocalDate to, Collection<String> keys) {
        YearMonth first = from == null ? null : YearMonth.from(from);
        YearMonth last = to == null ? null : YearMonth.from(to);
        Set<YearMonth> cut = new TreeSet<>();
        if (from != null && from.getDayOfMonth() != 1) {
            cut.add(first);
        }
        if (to != null && !to.equals(last.atEndOfMonth())) {
            cut.add(last);
        }
        Criteria criteria = Criteria.where("kind").is(kind.name());
        if (first != null && last != null) {
            criteria = criteria.and("month").gte(first.toString()).lte(last.toString());
        } else if (first != null) {
            criteria = criteria.and("month").gte(first.toString());
        } else if (last != null) {
            criteria = criteria.and("month").lte(last.toString());
        }
        if (keys != null) {
            criteria = criteria.and("key").in(keys);
        }
        Query whole = Query.query(criteria);
        whole.fields().include("key", "month", "hours");
        List<Row> rows = new ArrayList<>();
        for (Document bucket : mongo.find(whole, Document.class, collection(kind))) {
            YearMonth month = YearMonth.parse(bucket.getString("month"));
            if (cut.contains(month)) {
                continue;
            }
            Document hours = bucket.get("hours", Document.class);
            if (hours != null) {
                hours.forEach((type, h) -> rows.add(new Row(bucket.getString("key"), month, EntryType.valueOf(type),
                        ((Number) h).longValue())));
            }
        }
        if (!cut.isEmpty()) {
            Criteria cutCriteria = Criteria.where("kind").is(kind.name()).and("month")
                    .in(cut.stream().map(YearMonth::toString).toList());
            if (keys != null) {
                cutCriteria = cutCriteria.and("key").in(keys);
            }
            Query partial = Query.query(cutCriteria);
            partial.fields().include("key", "month", "days");
            for (Document bucket : mongo.find(partial, Document.class, collection(kind))) {
                rows.addAll(daysWithin(bucket, from, to));
            }
        }
        return rows;
    }

    /**
     * Makes the summary agree with the ledger: rebuilt when missing or of another format, otherwise
     * the lines a bucket lacks are counted (after a failure between a line's insert and its count).
     */
    public synchronized Outcome check() {
        Document state = mongo.findById(STATE_ID, Document.class, COLLECTION);
        long lines = mongo.count(new Query(), LedgerEntry.class);
        Map<String, Long> counted = countedByKind();
        if (state == null || !Integer.valueOf(FORMAT).equals(state.getInteger("format"))
                || counted.values().stream().anyMatch(n -> n > lines)) {
            rebuild();
            return Outcome.REBUILT;
        }
        if (Arrays.stream(Kind.values()).allMatch(k -> counted.getOrDefault(k.name(), 0L) == lines)) {
            return Outcome.CURRENT;
        }
        int repaired = repair();
        log.info("Hours summary: counted {} ledger line(s) it lacked", repaired);
        return Outcome.REPAIRED;
    }

    /**
     * Replays the whole ledger into fresh buckets. The buckets are removed before the ledger is read,
     * so a line appended meanwhile is either in the read or counted by its own append afterwards; a
     * bucket that such an append created first is completed line by line, idempotently.
     */
    public synchronized long rebuild() {
        long started = System.nanoTime();
        mongo.remove(Query.query(Criteria.where("kind").in(kindNames())), COLLECTION);
        mongo.remove(new Query(), OBLIGATIONS_COLLECTION);
        Map<String, String> organisationOfProject = new HashMap<>();
        projectFacts.facts(null).forEach(p -> organisationOfProject.put(p.id(), p.organisationId()));
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        long[] lines = {0};
        try (Stream<Document> ledger = mongo.stream(lineFields(new Query()), Document.class,
                mongo.getCollectionName(LedgerEntry.class))) {
            ledger.forEach(d -> {
                Line line = line(d, organisationOfProject.get(d.getString("projectId")));
                for (Kind kind : Kind.values()) {
                    String key = line.key(kind);
                    buckets.computeIfAbsent(bucketId(kind, key, line.month()),
                            id -> new Bucket(id, kind, key, line.month())).add(line);
                }
                lines[0]++;
            });
        }
        List<Bucket> all = new ArrayList<>(buckets.values());
        for (Kind kind : Kind.values()) {
            List<Bucket> ofKind = all.stream().filter(b -> b.kind == kind).toList();
            for (int i = 0; i < ofKind.size(); i += INSERT_CHUNK) {
                List<Bucket> chunk = ofKind.subList(i, Math.min(ofKind.size(), i + INSERT_CHUNK));
                try {
                    mongo.insert(chunk.stream().map(Bucket::document).toList(), collection(kind));
                } catch (DuplicateKeyException e) {
                    chunk.forEach(this::insertOrMerge);
                }
            }
        }
        mongo.save(new Document("_id", STATE_ID).append("kind", "STATE").append("format", FORMAT)
                .append("rebuiltAt", Date.from(Instant.now())).append("linesAtRebuild", lines[0]), COLLECTION);
        revision.incrementAndGet();
        log.info("Hours summary rebuilt from {} ledger line(s) into {} bucket(s) in {} ms", lines[0], all.size(),
                (System.nanoTime() - started) / 1_000_000);
        return lines[0];
    }

    // --- helpers -------------------------------------------------------------------------------

    private void insertOrMerge(Bucket bucket) {
        try {
            mongo.insert(bucket.document(), collection(bucket.kind));
        } catch (DuplicateKeyException e) {
            bucket.lines.forEach(line -> countIn(bucket.kind, bucket.key, line));
        }
    }

    private int repair() {
        Map<Kind, Set<String>> counted = new HashMap<>();
        for (Kind kind : Kind.values()) {
            Set<String> ids = new HashSet<>();
            Query query = Query.query(Criteria.where("kind").is(kind.name()));
            query.fields().include("lines");
            try (Stream<Document> buckets = mongo.stream(query, Document.class, collection(kind))) {
                buckets.forEach(b -> ids.addAll(b.getList("lines", String.class, List.of())));
            }
            counted.put(kind, ids);
        }
        int[] repaired = {0};
        try (Stream<Document> ledger = mongo.stream(lineFields(new Query()), Document.class,
                mongo.getCollectionName(LedgerEntry.class))) {
            ledger.forEach(d -> {
                String id = id(d);
                List<Kind> missing = Arrays.stream(Kind.values())
                        .filter(k -> !counted.get(k).contains(id)).toList();
                if (missing.isEmpty()) {
                    return;
                }
                Line line = line(d, projects.organisationOf(d.getString("projectId")).orElse(null));
                missing.forEach(kind -> countIn(kind, line.key(kind), line));
                repaired[0]++;
            });
        }
        revision.incrementAndGet();
        return repaired[0];
    }

    private Map<String, Long> countedByKind() {
        Map<String, Long> counted = new HashMap<>();
        var pipeline = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("kind").in(kindNames())),
                Aggregation.group("kind").sum("count").as("n"));
        for (String collection : List.of(COLLECTION, OBLIGATIONS_COLLECTION)) {
            for (Document row : mongo.aggregate(pipeline, collection, Document.class)) {
                counted.merge(String.valueOf(row.get("_id")), ((Number) row.get("n")).longValue(), Long::sum);
            }
        }
        return counted;
    }

    private void count(Line line) {
        for (Kind kind : Kind.values()) {
            countIn(kind, line.key(kind), line);
        }
    }

    /** Where the buckets of a kind are kept. */
    static String collection(Kind kind) {
        return kind == Kind.OBLIGATION ? OBLIGATIONS_COLLECTION : COLLECTION;
    }

    private static List<String> kindNames() {
        return Arrays.stream(Kind.values()).map(Kind::name).toList();
    }

    /** The obligation a line draws on; null for a volunteer's line, so that no bucket names a person. */
    private static String obligationOf(ProviderRef provider) {
        return provider.kind() == ProviderRef.Kind.FIRM_OBLIGATION ? provider.id() : null;
    }

    /**
     * Adds the line to its bucket unless the bucket already names it. When the bucket is missing the
     * upsert creates it; when two first counts race, the loser's insert fails on the id and its
     * update then finds the bucket (or finds the line already there and changes nothing).
     */
    private void countIn(Kind kind, String key, Line line) {
        String type = line.type().name();
        Query query = Query.query(Criteria.where("_id").is(bucketId(kind, key, line.month())).and("lines").ne(line.id()));
        Update update = new Update().inc("hours." + type, line.hours())
                .inc("days." + dayKey(line.day()) + "." + type, line.hours()).inc("count", 1).push("lines", line.id())
                .setOnInsert("kind", kind.name()).setOnInsert("key", key).setOnInsert("month", line.month().toString());
        try {
            mongo.upsert(query, update, collection(kind));
        } catch (DuplicateKeyException e) {
            mongo.updateFirst(query, update, collection(kind));
        }
    }

    private static List<Row> daysWithin(Document bucket, LocalDate from, LocalDate to) {
        YearMonth month = YearMonth.parse(bucket.getString("month"));
        Document days = bucket.get("days", Document.class);
        Map<EntryType, Long> sums = new LinkedHashMap<>();
        if (days != null) {
            days.forEach((dayKey, byType) -> {
                LocalDate day = month.atDay(Integer.parseInt(dayKey.substring(1)));
                if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                    ((Document) byType).forEach((type, h) -> sums.merge(EntryType.valueOf(type),
                            ((Number) h).longValue(), Long::sum));
                }
            });
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((type, h) -> rows.add(new Row(bucket.getString("key"), month, type, h)));
        return rows;
    }

    private static Query lineFields(Query query) {
        query.fields().include("providerKind", "providerId", "projectId", "firmId", "type", "hours", "recordedAt");
        return query;
    }

    private static Line line(Document d, String organisationId) {
        String obligationId = ProviderRef.Kind.FIRM_OBLIGATION.name().equals(d.getString("providerKind"))
                ? d.getString("providerId") : null;
        return new Line(id(d), organisationId, d.getString("firmId"), obligationId,
                EntryType.valueOf(d.getString("type")), ((Number) d.get("hours")).intValue(),
                d.getDate("recordedAt").toInstant());
    }

    private static String id(Document d) {
        Object id = d.get("_id");
        return id instanceof ObjectId o ? o.toHexString() : String.valueOf(id);
    }

    static String bucketId(Kind kind, String key, YearMonth month) {
        String prefix = switch (kind) {
            case ORGANISATION -> "o:";
            case FIRM -> "f:";
            case OBLIGATION -> "b:";
        };
        return prefix + (key == null ? "-" : key) + ":" + month;
    }

    /** A letter first: a field named by digits alone could be read as an array position. */
    private static String dayKey(LocalDate day) {
        return String.format("d%02d", day.getDayOfMonth());
    }

    /** What the summary needs of a ledger line. */
    private record Line(String id, String organisationId, String firmId, String obligationId, EntryType type,
            int hours, Instant recordedAt) {

        String key(Kind kind) {
            return switch (kind) {
                case ORGANISATION -> organisationId;
                case FIRM -> firmId;
                case OBLIGATION -> obligationId;
            };
        }

        LocalDate day() {
            return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        }

        YearMonth month() {
            return YearMonth.from(day());
        }
    }

    /** A bucket built in memory by a rebuild. */
    private static final class Bucket {
        final String id;
        final Kind kind;
        final String key;
        final YearMonth month;
        final Map<String, Long> hours = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> days = new LinkedHashMap<>();
        final List<Line> lines = new ArrayList<>();

        Bucket(String id, Kind kind, String key, YearMonth month) {
            this.id = id;
            this.kind = kind;
            this.key = key;
            this.month = month;
        }

        void add(Line line) {
            String type = line.type().name();
            hours.merge(type, (long) line.hours(), Long::sum);
            days.computeIfAbsent(dayKey(line.day()), d -> new LinkedHashMap<>()).merge(type, (long) line.hours(),
                    Long::sum);
            lines.add(line);
        }

        Document document() {
            Document byDay = new Document();
            days.forEach((day, byType) -> byDay.append(day, document(byType)));
            return new Document("_id", id).append("kind", kind.name()).append("key", key)
                    .append("month", month.toString()).append("hours", document(hours))
                    .append("days", byDay).append("count", (long) lines.size())
                    .append("lines", lines.stream().map(Line::id).toList());
        }

        private static Document document(Map<String, Long> sums) {
            Document d = new Document();
            sums.forEach(d::append);
            return d;
        }
    }
}
