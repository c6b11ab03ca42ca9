package org.jumelage.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.UserSummary;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.privacy.PersonalDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * "My data": everything Jumelage holds about the signed-in person, gathered from every feature, as
 * one JSON file (Law 25's rights of access and portability). Only ever the asker's own data.
 */
@Service
public class MyData {

    private static final Logger log = LoggerFactory.getLogger(MyData.class);

    private final List<PersonalDataSource> sources;
    private final AccountService accounts;
    private final PrivacyPolicy policy;
    private final Clock clock;
    private final ObjectMapper json;
    private final AuditTrail audit;

    MyData(List<PersonalDataSource> sources, AccountService accounts, PrivacyPolicy policy, Clock clock,
            ObjectMapper json, AuditTrail audit) {
        this.audit = audit;
        this.sources = sources;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The signed-in person's data as UTF-8 JSON. */
    @PreAuthorize("isAuthenticated()")
    public byte[] exportJson() {
        UserSummary me = accounts.me();
        PersonalDataSource.Person person = new PersonalDataSource.Person(me.id(), me.email());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataSource source : sources) {
            sections.putAll(source.export(person));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("generatedAt", clock.instant().toString());
        file.put("privacyPolicyVersion", policy.version());
        file.put("person", Map.of("id", me.id(), "email", me.email(), "displayName", me.displayName()));
        file.put("data", sections);
        try {
            byte[] bytes = json.writeValueAsBytes(file);
            log.info("Personal data exported by {} ({} sections)", me.id(), sections.size());
            audit.record(AuditAction.PERSONAL_DATA_EXPORTED, AuditTarget.ACCOUNT, me.id());
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal data of " + me.id() + " cannot be written as JSON", e);
        }
    }
}
