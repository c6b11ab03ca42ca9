package org.jumelage.firms;

import java.util.List;

/**
 * A firm's members and pending invitations as read together, with the firm's {@code version} that
 * goes back with a removal, and the id of the person who read it (whose own row means "leave").
 */
public record FirmRoster(String firmId, long version, String viewerId, List<FirmMember> members,
        List<FirmInvitationSummary> invitations) {
}
