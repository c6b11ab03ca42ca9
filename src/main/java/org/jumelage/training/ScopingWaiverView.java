package org.jumelage.training;

import java.time.Instant;

/** A coordinator's waiver of the scoping course for one organisation. */
public record ScopingWaiverView(String organisationId, String reason, String grantedBy, Instant grantedAt) {
}
