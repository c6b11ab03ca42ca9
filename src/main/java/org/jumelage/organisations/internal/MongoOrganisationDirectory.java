package org.jumelage.organisations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Summaries only, so no permission check: nothing here is private. */
@Component
class MongoOrganisationDirectory implements OrganisationDirectory {

    /** Most organisations one call of {@link #verified} returns. */
    static final int MAX_PAGE = 200;

    private final OrganisationRepository organisations;
    private final MongoTemplate mongo;

    MongoOrganisationDirectory(OrganisationRepository organisations, MongoTemplate mongo) {
        this.organisations = organisations;
        this.mongo = mongo;
    }

    @Override
    public Optional<OrganisationSummary> find(String organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return organisations.findById(organisationId).map(Organisation::toSummary);
    }

    @Override
    public Optional<OrganisationSummary> ofMember(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return organisations.findFirstByMembers(userId).map(Organisation::toSummary);
    }

    @Override
    public List<String> memberIds(String organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        return organisations.findById(organisationId).map(Organisation::memberIds).orElse(List.of());
    }

    @Override
    public Map<String, OrganisationSummary> findAll(Collection<String> organisationIds) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(organisationIds.stream().distinct().toList()).stream()
                .map(Organisation::toSummary)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    @Override
    public List<String> idsMatching(Region region, Sector sector) {
        Criteria criteria = new Criteria();
        if (region != null) {
            criteria = criteria.and("region").is(region);
        }
        if (sector != null) {
            criteria = criteria.and("sector").is(sector);
        }
        Query query = Query.query(criteria);
        query.fields().include("_id");
        return mongo.find(query, Organisation.class).stream().map(Organisation::getId).toList();
    }

    @Override
    public List<OrganisationSummary> verified(String filter, int offset, int limit) {
        Criteria criteria = Criteria.where("status").is(VerificationStatus.VERIFIED);
        String words = SearchText.normalise(filter);
        if (!words.isEmpty()) {
            criteria = criteria.and("searchText").regex(SearchText.containsPattern(words));
        }
        Query query = Query.query(criteria).with(Sort.by("legalName", "_id"))
                .skip(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, MAX_PAGE)));
        return mongo.find(query, Organisation.class).stream().map(Organisation::toSummary).toList();
    }

    @Override
    public Map<String, org.jumelage.organisations.EmployeeBand> employeeBands(Collection<String> organisationIds) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return Map.of();
        }
        Map<String, org.jumelage.organisations.EmployeeBand> bands = new java.util.HashMap<>();
        for (Organisation o : organisations.findAllById(organisationIds.stream().distinct().toList())) {
            if (o.getEmployees() != null) {
                bands.put(o.getId(), o.getEmployees());
            }
        }
        return bands;
    }
}
