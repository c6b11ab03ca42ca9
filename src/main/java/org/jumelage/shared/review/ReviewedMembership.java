package org.jumelage.shared.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jumelage.shared.storage.BaseDocument;

/**
 * The stored part that every registration the coordinators review (an organisation, a firm)
 * shares: where it stands with them and their last decision, and its members, referenced by user
 * id, the administrator among them. A subclass holds its own profile and collection, and names its
 * own statuses.
 *
 * @param <S> the registration's review status
 */
public abstract class ReviewedMembership<S extends Enum<S>> extends BaseDocument {

    private S status;
    private String rejectionReason;
    private String decidedBy;
    private Instant decidedAt;

    private List<String> members = new ArrayList<>();
    private String administratorId;

    /** A new registration waiting in {@code pending}; with an administrator, they are its first member. */
    protected ReviewedMembership(S pending, String administratorId) {
        this.status = pending;
        this.administratorId = administratorId;
        if (administratorId != null) {
            members.add(administratorId);
        }
    }

    /** The coordinators' decision; a verification clears the reason of an earlier rejection. */
    protected void decide(S newStatus, String reason, String coordinatorId, Instant at) {
        this.status = newStatus;
        this.rejectionReason = reason;
        this.decidedBy = coordinatorId;
        this.decidedAt = at;
    }

    /** Back to the coordinators' queue; the last decision stays on record until the next one. */
    protected void reopen(S pending) {
        this.status = pending;
    }

    public boolean isMember(String userId) {
        return userId != null && members.contains(userId);
    }

    public boolean isAdministrator(String userId) {
        return userId != null && userId.equals(administratorId);
    }

    public void addMember(String userId) {
        if (!members.contains(userId)) {
            members.add(userId);
        }
    }

    public void removeMember(String userId) {
        members.remove(userId);
    }

    /** Member ids with the administrator first. */
    public List<String> memberIds() {
        List<String> ordered = new ArrayList<>();
        if (administratorId != null && members.contains(administratorId)) {
            ordered.add(administratorId);
        }
        members.stream().filter(id -> !id.equals(administratorId)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** Hands the administration over to a remaining member, the longest-standing one. */
    protected void passAdministrationOn() {
        administratorId = members.isEmpty() ? null : members.get(0);
    }

    public S getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getAdministratorId() {
        return administratorId;
    }
}
