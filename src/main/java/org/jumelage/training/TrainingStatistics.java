package org.jumelage.training;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.training.internal.Enrolment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Course completions counted per organisation and month, for the impact dashboards and the public
 * transparency page. The counting runs in the database; no learner leaves this class, so there is
 * no caller check.
 */
@Service
public class TrainingStatistics {

    private final MongoTemplate mongo;
    private final OrganisationDirectory organisations;

    public TrainingStatistics(MongoTemplate mongo, OrganisationDirectory organisations) {
        this.mongo = mongo;
        this.organisations = organisations;
    }

    /** Completions from {@code from} (inclusive) to {@code to} (exclusive); a null bound does not limit. */
    public List<CompletionTally> completions(Instant from, Instant to) {
        Criteria at = Criteria.where("completedAt").ne(null);
        if (from != null && to != null) {
            at = at.gte(from).lt(to);
        } else if (from != null) {
            at = at.gte(from);
        } else if (to != null) {
            at = at.lt(to);
        }
        Aggregation pipeline = Aggregation.newAggregation(Aggregation.match(at),
                Aggregation.project("userId")
                        .and(DateOperators.Year.yearOf("completedAt")).as("y")
                        .and(DateOperators.Month.monthOf("completedAt")).as("m"),
                Aggregation.group("userId", "y", "m").count().as("n"));
        Map<String, String> organisationOf = new HashMap<>();
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (Document row : mongo.aggregate(pipeline, mongo.getCollectionName(Enrolment.class), Document.class)) {
            Document id = row.get("_id", Document.class);
            String user = id.getString("userId");
            String organisation = organisationOf.computeIfAbsent(user,
                    u -> organisations.ofMember(u).map(OrganisationSummary::id).orElse(""));
            YearMonth month = YearMonth.of(((Number) id.get("y")).intValue(), ((Number) id.get("m")).intValue());
            counts.merge(java.util.Arrays.asList(organisation, month), ((Number) row.get("n")).longValue(), Long::sum);
        }
        List<CompletionTally> tallies = new ArrayList<>();
        counts.forEach((key, n) -> tallies.add(new CompletionTally(
                ((String) key.get(0)).isEmpty() ? null : (String) key.get(0), (YearMonth) key.get(1), n)));
        return tallies;
    }
}
