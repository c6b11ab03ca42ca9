package org.jumelage.training.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Enrolments, progress, quiz attempts and completions, for "my data". */
@Component
class TrainingPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    TrainingPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "enrolments",
                PersonalDocuments.find(mongo, "enrolments", Criteria.where("userId").is(person.userId())));
        return sections;
    }
}
