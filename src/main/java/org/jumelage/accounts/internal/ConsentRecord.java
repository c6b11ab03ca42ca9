package org.jumelage.accounts.internal;

import java.time.Instant;
import java.util.Set;

import org.jumelage.accounts.ConsentPurpose;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One consent given (or changed) by a person: the policy version and the purposes accepted, when.
 * Append-only: the history shows what each person agreed to and when.
 */
@Document("consents")
public record ConsentRecord(@Id String id, String userId, int policyVersion, Set<ConsentPurpose> purposes,
        Instant givenAt) {
}
