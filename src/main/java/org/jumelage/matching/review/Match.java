package org.jumelage.matching.review;

import java.time.Instant;
import java.util.List;

import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.Reason;
import org.jumelage.matching.SeatProvider;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A seat–provider pair a run proposed, and everything decided about it since: the coordinator's
 * review, the offers sent to both sides (only token hashes are kept) and their answers. The version
 * refuses concurrent decisions.
 */
@Document("matches")
public class Match extends BaseDocument {

    /** Which side of an offer a person answers for. */
    public enum Side {
        PROVIDER,
        OSBL
    }

    private String runId;
    private String projectId;
    private String seatId;
    private String organisationId;
    private ProviderRef.Kind providerKind;
    private String providerId;
    /** The firm of an obligation; null for a volunteer. */
    private String firmId;
    private int hours;
    private List<Reason> reasons;
    private MatchStatus status;
    private Instant proposedAt;

    private String reviewedBy;
    private Instant reviewedAt;
    private String rejectionReason;

    private Instant offeredAt;
    private Instant expiresAt;
    private String providerTokenHash;
    private String osblTokenHash;
    private Answer providerAnswer;
    private Answer osblAnswer;
    private Instant closedAt;

    protected Match() {
    }

    public Match(String runId, String projectId, String seatId, String organisationId, ProviderRef provider,
            String firmId, int hours, List<Reason> reasons, Instant proposedAt) {
        this.runId = runId;
        this.projectId = projectId;
        this.seatId = seatId;
        this.organisationId = organisationId;
        this.providerKind = provider.kind();
        this.providerId = provider.id();
        this.firmId = firmId;
        this.hours = hours;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.status = MatchStatus.PROPOSED;
        this.proposedAt = proposedAt;
    }

    // --- transitions: each checks the state it starts from -------------------------------------

    void approve(String by, Instant at) {
        requireStatus(MatchStatus.PROPOSED);
        status = MatchStatus.APPROVED;
        reviewedBy = by;
        reviewedAt = at;
    }

    void reject(String by, String reason, Instant at) {
        requireStatus(MatchStatus.PROPOSED);
        status = MatchStatus.REJECTED;
        reviewedBy = by;
        reviewedAt = at;
        rejectionReason = reason;
    }

    public void offer(String providerTokenHash, String osblTokenHash, Instant at, Instant expiresAt) {
        requireStatus(MatchStatus.APPROVED);
        this.providerTokenHash = providerTokenHash;
        this.osblTokenHash = osblTokenHash;
        this.offeredAt = at;
        this.expiresAt = expiresAt;
        this.status = MatchStatus.OFFERED;
    }

    /** Records one side's answer; a decline closes the offer, the second acceptance settles it. */
    public void answer(Side side, Answer answer) {
        requireStatus(MatchStatus.OFFERED);
        if (answerOf(side) != null) {
            throw new MatchException("offer.alreadyAnswered");
        }
        if (side == Side.PROVIDER) {
            providerAnswer = answer;
        } else {
            osblAnswer = answer;
        }
        if (!answer.accepted()) {
            status = MatchStatus.DECLINED;
            closedAt = answer.at();
        } else if (providerAnswer != null && osblAnswer != null) {
            status = MatchStatus.ACCEPTED;
            closedAt = answer.at();
        }
    }

    public void expire(Instant at) {
        requireStatus(MatchStatus.OFFERED);
        status = MatchStatus.EXPIRED;
        closedAt = at;
    }

    private void requireStatus(MatchStatus expected) {
        if (status != expected) {
            throw new MatchException("offer.notOpen");
        }
    }

    // --- reading --------------------------------------------------------------------------------

    public SeatProvider pair() {
        return new SeatProvider(projectId, seatId, provider());
    }

    public ProviderRef provider() {
        return new ProviderRef(providerKind, providerId);
    }

    public Answer answerOf(Side side) {
        return side == Side.PROVIDER ? providerAnswer : osblAnswer;
    }

    public String getRunId() {
        return runId;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getSeatId() {
        return seatId;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getFirmId() {
        return firmId;
    }

    public int getHours() {
        return hours;
    }

    public List<Reason> getReasons() {
        return reasons == null ? List.of() : reasons;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getProviderTokenHash() {
        return providerTokenHash;
    }

    public String getOsblTokenHash() {
        return osblTokenHash;
    }

    public Answer getProviderAnswer() {
        return providerAnswer;
    }

    public Answer getOsblAnswer() {
        return osblAnswer;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
