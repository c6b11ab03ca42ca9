package org.jumelage.firms;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.Obligation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Aggregates of the hours ledger and of obligations for the impact dashboards. The sums run in the
 * database (one {@code $match}/{@code $group} pipeline) so that no ledger line travels to the
 * application. Like {@link FirmDirectory}, no caller check: the figures name no person, and the
 * features that show them decide who may see which firm's or project's figures.
 */
@Service
public class HoursStatistics {

    private final MongoTemplate mongo;

    public HoursStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Sums of hours per firm, provider kind, project, line type and month of recording, read from
     * every matching ledger line: slow on a large ledger. The dashboards read {@link HoursSummary}
     * instead; this stays as the from-scratch reference it is checked against.
     *
     * @param from first instant counted, or null
     * @param to first instant no longer counted, or null
     * @param firmId only this firm's lines, or null for all
     * @param projectIds only lines of these projects, or null for all
     */
    public List<HoursTally> tallies(Instant from, Instant to, String firmId, Collection<String> projectIds) {
        Criteria criteria = new Criteria();
        List<Criteria> parts = new ArrayList<>();
        if (from != null || to != null) {
            Criteria at = Criteria.where("recordedAt");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at = at.lt(to);
            }
            parts.add(at);
        }
        if (firmId != null) {
            parts.add(Criteria.where("firmId").is(firmId));
        }
        if (projectIds != null) {
            parts.add(Criteria.where("projectId").in(projectIds));
        }
        if (!parts.isEmpty()) {
            criteria = criteria.andOperator(parts.toArray(Criteria[]::new));
        }
        Aggregation pipeline = Aggregation.newAggregation(
                Aggregation.match(criteria),
                Aggregation.project("firmId", "providerKind", "projectId", "type", "hours")
                        .and(DateOperators.Year.yearOf("recordedAt")).as("y")
                        .and(DateOperators.Month.monthOf("recordedAt")).as("m"),
                Aggregation.group("firmId", "providerKind", "projectId", "type", "y", "m").sum("hours").as("hours"));
        List<HoursTally> tallies = new ArrayList<>();
        for (Document row : mongo.aggregate(pipeline, mongo.getCollectionName(LedgerEntry.class), Document.class)) {
            Document id = row.get("_id", Document.class);
            tallies.add(new HoursTally(id.getString("firmId"),
                    ProviderRef.Kind.valueOf(id.getString("providerKind")), id.getString("projectId"),
                    EntryType.valueOf(id.getString("type")),
                    YearMonth.of(((Number) id.get("y")).intValue(), ((Number) id.get("m")).intValue()),
                    ((Number) row.get("hours")).longValue()));
        }
        return tallies;
    }

    /** Every obligation's figures (of one firm, or of all when {@code firmId} is null), read as a projection. */
    public List<ObligationFact> obligations(String firmId) {
        Query query = firmId == null ? new Query() : Query.query(Criteria.where("firmId").is(firmId));
        query.fields().include("firmId", "hoursOwed", "startDate", "expiryDate", "status");
        query.with(Sort.by("expiryDate", "_id"));
        return mongo.find(query, Obligation.class).stream().map(o -> new ObligationFact(o.getId(), o.getFirmId(),
                o.getHoursOwed(), o.getStartDate(), o.getExpiryDate(), o.getStatus())).toList();
    }

    /** Names of verified firms that agreed to appear on the public transparency page, by id, by name. */
    public Map<String, String> firmsPublishingFulfilment() {
        Query query = Query.query(Criteria.where("publishesFulfilment").is(true).and("status").is(FirmStatus.VERIFIED));
        query.fields().include("name");
        query.with(Sort.by("name", "_id"));
        Map<String, String> names = new LinkedHashMap<>();
        mongo.find(query, Firm.class).forEach(f -> names.put(f.getId(), f.getName()));
        return names;
    }

    /** Names of the firms, by id; unknown ids are left out. */
    public Map<String, String> firmNames(Collection<String> firmIds) {
        Query query = Query.query(Criteria.where("_id").in(firmIds));
        query.fields().include("name");
        Map<String, String> names = new LinkedHashMap<>();
        mongo.find(query, Firm.class).forEach(f -> names.put(f.getId(), f.getName()));
        return names;
    }
}
