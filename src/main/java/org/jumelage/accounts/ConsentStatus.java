package org.jumelage.accounts;

import java.time.Instant;
import java.util.Set;

/** What a person last consented to, and the policy version now in force. */
public record ConsentStatus(int version, int currentVersion, Set<ConsentPurpose> purposes, Instant givenAt) {

    /** Whether the person must consent (again) before going on. */
    public boolean needed() {
        return version < currentVersion;
    }
}
