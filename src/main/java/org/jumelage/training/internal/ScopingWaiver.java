package org.jumelage.training.internal;

import java.time.Instant;

import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coordinator's decision that an organisation may submit projects although none of its members
 * completed the scoping course, with the reason. One per organisation (unique index); revoking
 * deletes it.
 */
@Document("scoping_waivers")
public class ScopingWaiver extends BaseDocument {

    private String organisationId;
    private String reason;
    private String grantedBy;
    private Instant grantedAt;

    protected ScopingWaiver() {
    }

    public ScopingWaiver(String organisationId, String reason, String grantedBy, Instant grantedAt) {
        this.organisationId = organisationId;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
