package org.jumelage.matching.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Matches offered to the person as a volunteer and the answers they gave to offers, for "my data". */
@Component
class MatchPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    MatchPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "matches", PersonalDocuments.find(mongo, "matches", new Criteria().orOperator(
                Criteria.where("providerKind").is("VOLUNTEER").and("providerId").is(person.userId()),
                Criteria.where("providerAnswer.byUserId").is(person.userId()),
                Criteria.where("osblAnswer.byUserId").is(person.userId()))));
        return sections;
    }
}
