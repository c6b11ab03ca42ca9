package org.jumelage.volunteers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.text.SearchText;
import org.jumelage.shared.validation.SaneDates;
import org.jumelage.volunteers.internal.VolunteerProfile;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Coordinators look volunteers up by skill, region, availability and words, consented or not (they
 * run the platform); the newest profiles first. Filters are plain queries (no {@code $text} on the
 * embedded store): words match a normalised copy of the name, institution and programme.
 */
@Service
public class VolunteerSearch {

    private final MongoTemplate mongo;
    private final AccountService accounts;

    public VolunteerSearch(MongoTemplate mongo, AccountService accounts) {
        this.mongo = mongo;
        this.accounts = accounts;
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<VolunteerProfileDetails> search(VolunteerFilter filter, int offset, int limit) {
        Query query = query(filter).with(Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("userId")))
                .skip(Math.max(0, offset)).limit(Math.max(1, limit));
        return mongo.find(query, VolunteerProfile.class).stream().map(p -> {
            Optional<UserSummary> account = accounts.find(p.getUserId());
            return p.toDetails(account.map(UserSummary::displayName).orElse(""),
                    account.map(UserSummary::email).orElse(""));
        }).toList();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public long count(VolunteerFilter filter) {
        return mongo.count(query(filter), VolunteerProfile.class);
    }

    private static Query query(VolunteerFilter filter) {
        VolunteerFilter f = filter == null ? VolunteerFilter.none() : filter;
        if (!SaneDates.isSane(f.availableOn())) {
            throw new VolunteerException("availableOn", SaneDates.MESSAGE_KEY);
        }
        List<Criteria> parts = new ArrayList<>();
        if (f.skillCode() != null && !f.skillCode().isBlank()) {
            Criteria skill = Criteria.where("skillCode").is(f.skillCode());
            if (f.minLevel() != null) {
                skill = skill.and("level").in(Arrays.stream(SkillLevel.values())
                        .filter(l -> l.atLeast(f.minLevel())).map(Enum::name).toList());
            }
            parts.add(Criteria.where("skills").elemMatch(skill));
        }
        if (f.region() != null) {
            parts.add(Criteria.where("region").is(f.region().name()));
        }
        if (f.availableOn() != null || f.minHoursPerWeek() != null) {
            Criteria window = new Criteria();
            if (f.availableOn() != null) {
                window = window.and("from").lte(f.availableOn()).and("to").gte(f.availableOn());
            }
            if (f.minHoursPerWeek() != null) {
                window = window.and("hoursPerWeek").gte(f.minHoursPerWeek());
            }
            parts.add(Criteria.where("windows").elemMatch(window));
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(Criteria.where("searchText").regex(SearchText.containsPattern(f.text())));
        }
        return parts.isEmpty() ? new Query() : new Query(new Criteria().andOperator(parts));
    }
}
