package org.jumelage.firms;

import java.util.List;
import java.util.Optional;

/** Read access to firms for other features. No permission check: it reveals no contact details. */
public interface FirmDirectory {

    Optional<FirmSummary> find(String firmId);

    /** The firm a person belongs to (a person belongs to at most one). */
    Optional<FirmSummary> ofMember(String userId);

    /** User ids of the firm's members, its administrator first. */
    List<String> memberIds(String firmId);

    /** The firm that owns an obligation, if the obligation exists. */
    Optional<String> firmOfObligation(String obligationId);
}
