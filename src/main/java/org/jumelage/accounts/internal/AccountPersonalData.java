package org.jumelage.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** The account (without the password and token hashes) and every consent given, for "my data". */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    AccountPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "account",
                PersonalDocuments.find(mongo, "users", Criteria.where("_id").is(person.userId())));
        PersonalDocuments.put(sections, "consents",
                PersonalDocuments.find(mongo, "consents", Criteria.where("userId").is(person.userId())));
        return sections;
    }
}
