package org.jumelage.firms.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Firm memberships (name only), invitations to the address, and hours ledger lines the person recorded or delivered as a volunteer, for "my data". */
@Component
class FirmPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    FirmPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "firmMemberships", PersonalDocuments
                .find(mongo, "firms", Criteria.where("members").is(person.userId())).stream()
                .map(f -> Map.of("id", f.get("id"), "name", f.get("name"))).toList());
        PersonalDocuments.put(sections, "firmInvitations", PersonalDocuments.find(mongo, "firm_invitations",
                Criteria.where("emailKey").is(FirmInvitation.emailKey(person.email()))));
        PersonalDocuments.put(sections, "hoursLedger", PersonalDocuments.find(mongo, "hours_ledger",
                new Criteria().orOperator(Criteria.where("recordedBy").is(person.userId()),
                        Criteria.where("providerKind").is("VOLUNTEER").and("providerId").is(person.userId()))));
        return sections;
    }

    /** The person leaves every firm; invitations to their address go; ledger lines stay as proof. */
    @Override
    public void anonymise(Person person, String pseudonym) {
        mongo.updateMulti(Query.query(Criteria.where("members").is(person.userId())),
                new Update().pull("members", person.userId()), Firm.class);
        mongo.remove(Query.query(Criteria.where("emailKey").is(FirmInvitation.emailKey(person.email()))),
                "firm_invitations");
    }
}
