package org.jumelage.documents.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Documents issued about the person (participation attestations, certificates), for "my data". */
@Component
class DocumentPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    DocumentPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "issuedDocuments",
                PersonalDocuments.find(mongo, "verifications", Criteria.where("subjectId").is(person.userId())));
        return sections;
    }

    /**
     * Issued documents stay verifiable (their hash is unchanged) but the verification page names the
     * pseudonym instead of the person.
     */
    @Override
    public void anonymise(Person person, String pseudonym) {
        mongo.updateMulti(Query.query(Criteria.where("subjectId").is(person.userId())),
                new Update().set("subjectName", pseudonym), "verifications");
    }
}
