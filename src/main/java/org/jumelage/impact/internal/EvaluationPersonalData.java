package org.jumelage.impact.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Evaluations asked of the person (as a volunteer) or answered by them, for "my data". */
@Component
class EvaluationPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    EvaluationPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "evaluations", PersonalDocuments.find(mongo, "evaluation_requests",
                new Criteria().orOperator(Criteria.where("respondentId").is(person.userId()),
                        Criteria.where("submittedBy").is(person.userId()))));
        return sections;
    }
}
