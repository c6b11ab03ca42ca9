package org.jumelage.volunteers.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The volunteer profile, for "my data". */
@Component
class VolunteerPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    VolunteerPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "volunteerProfile",
                PersonalDocuments.find(mongo, "volunteer_profiles", Criteria.where("userId").is(person.userId())));
        return sections;
    }

    /** The profile (skills, availability, contacts) goes; hours ledger lines stay under the pseudonym. */
    @Override
    public void anonymise(Person person, String pseudonym) {
        mongo.remove(Query.query(Criteria.where("userId").is(person.userId())), "volunteer_profiles");
    }
}
