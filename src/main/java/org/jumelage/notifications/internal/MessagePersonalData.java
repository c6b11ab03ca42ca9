package org.jumelage.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The e-mails sent to the address of the person, for "my data". */
@Component
class MessagePersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    MessagePersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        if (person.email() != null) {
            PersonalDocuments.put(sections, "emails", PersonalDocuments.find(mongo, "outbox",
                    Criteria.where("recipientKey").is(OutboxMessage.recipientKey(person.email()))));
        }
        return sections;
    }

    /** Messages to the address (their bodies name the person) are deleted. */
    @Override
    public void anonymise(Person person, String pseudonym) {
        if (person.email() != null) {
            mongo.remove(Query.query(Criteria.where("recipientKey").is(OutboxMessage.recipientKey(person.email()))),
                    "outbox");
        }
    }
}
