package org.jumelage.projects.internal;

import java.util.ArrayList;
import java.util.List;

import org.jumelage.projects.CatalogueQuery;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ReviewFilter;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Paged reads of projects: an organisation's list, the review queue and the public catalogue. */
@Component
public class ProjectQueries {

    private final MongoTemplate mongo;
    private final CatalogueSnapshot snapshot;

    ProjectQueries(MongoTemplate mongo, CatalogueSnapshot snapshot) {
        this.mongo = mongo;
        this.snapshot = snapshot;
    }

    public List<Project> ofOrganisation(String organisationId, ProjectStatus status) {
        Criteria criteria = Criteria.where("organisationId").is(organisationId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")), Project.class);
    }

    /** Oldest first: the project waiting longest is reviewed first. */
    public List<Project> reviewQueue(ReviewFilter filter, List<String> organisationIds, int offset, int limit) {
        Query query = Query.query(reviewCriteria(filter, organisationIds))
                .with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("createdAt"))).skip(offset).limit(limit);
        return mongo.find(query, Project.class);
    }

    public long countReviewQueue(ReviewFilter filter, List<String> organisationIds) {
        return mongo.count(Query.query(reviewCriteria(filter, organisationIds)), Project.class);
    }

    /** A page of the catalogue: from the snapshot kept in memory when it is used, else from the store. */
    public List<Project> catalogue(CatalogueQuery query, List<String> organisationIds, int offset, int limit) {
        return snapshot.enabled() ? snapshot.page(query, organisationIds, offset, limit)
                : catalogueInStore(query, organisationIds, offset, limit);
    }

    public long countCatalogue(CatalogueQuery query, List<String> organisationIds) {
        return snapshot.enabled() ? snapshot.count(query, organisationIds) : countCatalogueInStore(query, organisationIds);
    }

    /** The page as the store answers it: skip and limit at the store, the catalogue's fields only. */
    public List<Project> catalogueInStore(CatalogueQuery query, List<String> organisationIds, int offset, int limit) {
        Query mongoQuery = Query.query(catalogueCriteria(query, organisationIds)).with(sort(query))
                .skip(Math.max(0, offset)).limit(limit);
        mongoQuery.fields().include(CatalogueSnapshot.FIELDS);
        return mongo.find(mongoQuery, Project.class);
    }

    public long countCatalogueInStore(CatalogueQuery query, List<String> organisationIds) {
        return mongo.count(Query.query(catalogueCriteria(query, organisationIds)), Project.class);
    }

    private static Criteria reviewCriteria(ReviewFilter filter, List<String> organisationIds) {
        List<Criteria> all = new ArrayList<>();
        ProjectStatus status = filter == null || filter.status() == null ? ProjectStatus.SUBMITTED : filter.status();
        all.add(Criteria.where("status").is(status));
        if (organisationIds != null) {
            all.add(Criteria.where("organisationId").in(organisationIds));
        }
        return new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private static Criteria catalogueCriteria(CatalogueQuery query, List<String> organisationIds) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(ProjectStatus.OPEN));
        String keywords = SearchText.query(query.keywords());
        for (String word : keywords.isEmpty() ? new String[0] : keywords.split(" ")) {
            all.add(Criteria.where("searchText").regex(java.util.regex.Pattern.quote(word)));
        }
        if (organisationIds != null) {
            all.add(Criteria.where("organisationId").in(organisationIds));
        }
        if (query.skillCode() != null) {
            all.add(Criteria.where("skillCodes").is(query.skillCode()));
        }
        if (query.providerKind() != null) {
            all.add(Criteria.where("providerKinds").in(query.providerKind(),
                    org.jumelage.projects.ProviderKind.EITHER));
        }
        if (query.remoteOnly()) {
            all.add(Criteria.where("anyRemote").is(true));
        }
        return new Criteria().andOperator(all.toArray(Criteria[]::new));
    }

    private static Sort sort(CatalogueQuery query) {
        return switch (query.sort()) {
            case NEWEST -> Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id"));
            case DEADLINE -> Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("_id"));
            case HOURS -> Sort.by(Sort.Order.desc("totalHours"), Sort.Order.asc("_id"));
            case TITLE -> Sort.by(Sort.Order.asc("searchText"), Sort.Order.asc("_id"));
        };
    }
}
