package org.jumelage.organisations.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.privacy.PersonalDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The organisations the person belongs to (name only) and invitations sent to their address, for "my data". */
@Component
class OrganisationPersonalData implements PersonalDataSource {

    private final MongoTemplate mongo;

    OrganisationPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        PersonalDocuments.put(sections, "organisationMemberships", PersonalDocuments
                .find(mongo, "organisations", Criteria.where("members").is(person.userId())).stream()
                .map(o -> Map.of("id", o.get("id"), "legalName", o.get("legalName"))).toList());
        PersonalDocuments.put(sections, "organisationInvitations", PersonalDocuments.find(mongo,
                "organisation_invitations", Criteria.where("emailKey").is(Invitation.emailKey(person.email()))));
        return sections;
    }

    /** The person leaves every organisation; invitations to their address go. */
    @Override
    public void anonymise(Person person, String pseudonym) {
        mongo.updateMulti(Query.query(Criteria.where("members").is(person.userId())),
                new Update().pull("members", person.userId()), Organisation.class);
        mongo.remove(Query.query(Criteria.where("emailKey").is(Invitation.emailKey(person.email()))),
                "organisation_invitations");
    }
}
