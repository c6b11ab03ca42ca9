package org.jumelage.shared.audit.internal;

import java.util.Locale;
import java.util.Map;

import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.privacy.PersonalDataSource;
import org.jumelage.shared.text.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The audit log's part in an erasure (Québec Law 25): the one and only operation that changes stored
 * entries. An entry names its actor by account id and, for reading, by the name they had at the time;
 * a refused sign-in names the address typed. When an account is anonymised, the entries keep their
 * id, time, action, target and detail, and only those two snapshots are replaced by the pseudonym, so
 * the log still shows what the person did, but no longer who they were.
 * <p>
 * Nothing else can change an entry: the repository offers insert and read only, the trail's public
 * methods record, read and remove expired entries, and this component is reached only through
 * {@link PersonalDataSource#anonymise}, which the privacy feature's erasure calls.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    private static final Logger log = LoggerFactory.getLogger(AuditPersonalData.class);

    private final MongoTemplate mongo;

    AuditPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The log is the platform's record of security events, read by administrators; it is not downloaded. */
    @Override
    public Map<String, Object> export(Person person) {
        return Map.of();
    }

    @Override
    public void anonymise(Person person, String pseudonym) {
        long asActor = mongo.updateMulti(Query.query(Criteria.where("actorId").is(person.userId())),
                new Update().set("actorName", pseudonym)
                        .set("actorKey", SearchText.normalise(pseudonym + " " + person.userId())),
                AuditRecord.class).getModifiedCount();
        long asAddress = 0;
        if (person.email() != null && !person.email().isBlank()) {
            // Failed sign-ins are stored against the typed address as the accounts feature keys it.
            String typed = person.email().trim().toLowerCase(Locale.ROOT);
            asAddress = mongo.updateMulti(Query.query(Criteria.where("targetKind").is(AuditTarget.SIGN_IN_ADDRESS)
                    .and("targetId").is(typed)), new Update().set("targetId", pseudonym), AuditRecord.class)
                    .getModifiedCount();
        }
        log.info("Audit log: {} entries as actor and {} by sign-in address now under the pseudonym", asActor,
                asAddress);
    }
}
