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

    /** Not a hash any password can match: nobody can sign in to an anonymised account. */
    private static final String UNUSABLE_PASSWORD = "{bcrypt}anonymised";

    private final MongoTemplate mongo;
    private final UserAccountRepository users;

    AccountPersonalData(MongoTemplate mongo, UserAccountRepository users) {
        this.mongo = mongo;
        this.users = users;
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

    /** The account keeps its id (ledger lines and evaluations point at it) under the pseudonym. */
    @Override
    public void anonymise(Person person, String pseudonym) {
        users.findById(person.userId()).ifPresent(account -> {
            account.anonymise(pseudonym, UNUSABLE_PASSWORD);
            users.save(account);
        });
    }
}
