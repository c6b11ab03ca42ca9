package org.jumelage.shared.privacy;

import java.util.Map;

/**
 * What one feature holds about a person, for the "my data" download (Law 25's right of access and
 * portability). Each feature that stores personal information contributes one bean; the privacy
 * feature gathers them. Secrets (password and token hashes) never leave.
 */
public interface PersonalDataSource {

    /**
     * Sections of this feature about the person, each a list of plain records (maps of strings,
     * numbers, booleans, dates, lists); sections with nothing are left out.
     */
    Map<String, Object> export(Person person);

    /**
     * Removes or replaces what identifies the person (their account is being anonymised at their
     * request or after long inactivity). Records others rely on as proof (hours ledger, evaluations,
     * issued documents) stay, under the pseudonym. Nothing by default.
     */
    default void anonymise(Person person, String pseudonym) {
    }

    /** The person asking: their account id and e-mail address. */
    record Person(String userId, String email) {
    }
}
