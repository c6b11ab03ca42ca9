package org.jumelage.organisations;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** What other features may know of an organisation (no contact details). */
public record OrganisationSummary(
        String id,
        String legalName,
        Region region,
        Sector sector,
        VerificationStatus status) {

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }
}
