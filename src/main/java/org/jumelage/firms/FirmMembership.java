package org.jumelage.firms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmInvitation;
import org.jumelage.firms.internal.FirmInvitationRepository;
import org.jumelage.firms.internal.FirmMailer;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.shared.invitations.InvitationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who belongs to a firm, as for organisations: colleagues are invited by e-mail, join through the
 * link, and are removed by a colleague. A firm is managed by its members together (any member
 * invites, revokes and removes); it always keeps at least one member, and when its administrator
 * leaves, the longest-standing remaining member takes over.
 * <p>
 * The link works once, for {@link #INVITATION_VALIDITY}, and only for a firm member account with
 * the invited address, so a forwarded link is useless. Coordinators may read members and
 * invitations; they change neither.
 */
@Service
public class FirmMembership {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(FirmMembership.class);
    private static final Pattern EMAIL = org.jumelage.shared.validation.EmailAddresses.PATTERN;

    private final FirmRepository firms;
    private final FirmInvitationRepository invitations;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final FirmMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FirmMembership(FirmRepository firms, FirmInvitationRepository invitations, AccountService accounts,
            CurrentUser currentUser, FirmMailer mailer, ApplicationEventPublisher events, Clock clock) {
        this.firms = firms;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /** Members (administrator first) and pending invitations (newest first), for members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public FirmRoster roster(String firmId) {
        Firm firm = readable(firmId);
        return new FirmRoster(firm.getId(), version(firm), currentUser.requireId(), membersOf(firm), pending(firmId));
    }

    /**
     * E-mails a colleague a link to join, valid seven days. Inviting the same address again
     * replaces the earlier invitation (its link stops working), which is how a lost mail is re-sent.
     */
    @RolesAllowed(Role.FIRM)
    public FirmInvitationSummary invite(String firmId, String email) {
        Firm firm = asMember(firmId);
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new FirmException("email", "validation.email.required");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new FirmException("email", "validation.email.invalid");
        }
        Optional<UserSummary> invitee = accounts.findByEmail(address);
        if (invitee.isPresent() && firm.isMember(invitee.get().id())) {
            throw new FirmException("email", "firm.invitation.alreadyMember");
        }
        Instant now = clock.instant();
        for (FirmInvitation earlier : invitations.findByFirmIdAndEmailKeyAndState(firmId,
                FirmInvitation.emailKey(address), FirmInvitation.State.PENDING)) {
            earlier.revoke(now);
            invitations.save(earlier);
        }
        InvitationToken token = InvitationToken.generate();
        UserSummary inviter = accounts.find(currentUser.requireId()).orElseThrow();
        FirmInvitation invitation = invitations.save(new FirmInvitation(firmId, address, token.hash(),
                inviter.id(), now.plus(INVITATION_VALIDITY)));
        mailer.sendInvitation(address, inviter, firm.getName(), token.value(), INVITATION_VALIDITY);
        log.info("Invitation {} to firm {} sent by {}", invitation.getId(), firmId, inviter.id());
        return invitation.toSummary(now);
    }

    /** Cancels a pending invitation: its link stops working. */
    @RolesAllowed(Role.FIRM)
    public void revokeInvitation(String invitationId) {
        FirmInvitation invitation = invitations.findById(invitationId == null ? "" : invitationId)
                .orElseThrow(() -> new FirmException("firminvitation.invalid"));
        asMember(invitation.getFirmId());
        if (invitation.getState() != FirmInvitation.State.PENDING) {
            throw new FirmException("firminvitation.used");
        }
        invitation.revoke(clock.instant());
        invitations.save(invitation);
    }

    /** Removes a member (or lets a member leave), never the last one, with the firm version read. */
    @RolesAllowed(Role.FIRM)
    public FirmRoster removeMember(String firmId, String userId, long expectedVersion) {
        Firm firm = asMember(firmId);
        if (version(firm) != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        if (!firm.isMember(userId)) {
            throw new FirmException("firm.members.notMember");
        }
        if (firm.memberIds().size() <= 1) {
            throw new FirmException("firm.members.lastMember");
        }
        firm.removeMember(userId);
        Firm saved;
        try {
            saved = firms.save(firm);
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("common.concurrentEdit");
        }
        log.info("Member {} removed from firm {} by {}", userId, firmId, currentUser.requireId());
        events.publishEvent(new FirmMemberRemoved(firmId, userId));
        return new FirmRoster(saved.getId(), version(saved), currentUser.requireId(), membersOf(saved), pending(firmId));
    }

    /**
     * What an invitation link leads to, for its holder (signed in or not): empty for an unknown
     * token. It names the firm and the invited address, which the holder read in the mail.
     */
    public Optional<InvitationPreview> previewInvitation(String token) {
        return findInvitation(token).map(invitation -> {
            String firmName = firms.findById(invitation.getFirmId()).map(Firm::getName).orElse("");
            String inviterName = accounts.find(invitation.getInvitedBy()).map(UserSummary::displayName).orElse("");
            return new InvitationPreview(firmName, invitation.getEmail(), inviterName,
                    invitation.linkState(clock.instant()));
        });
    }

    /**
     * Joins the signed-in person to the invitation's firm. The account must be a firm member
     * account with the invited address and belong to no firm yet.
     */
    @PreAuthorize("isAuthenticated()")
    public FirmSummary acceptInvitation(String token) {
        FirmInvitation invitation = findInvitation(token).orElseThrow(() -> new FirmException("firminvitation.invalid"));
        invitation.requireUsable(clock.instant(), "firminvitation", FirmException::new);
        UserSummary me = accounts.find(currentUser.requireId()).orElseThrow(() -> new FirmException("account.notFound"));
        if (!invitation.isFor(me.email())) {
            throw new FirmException("firminvitation.otherAddress");
        }
        if (!me.roles().contains(Role.FIRM_MEMBER)) {
            throw new FirmException("firminvitation.notFirmAccount");
        }
        if (firms.existsByMembers(me.id())) {
            throw new FirmException("firm.alreadyMember");
        }
        // Marking the invitation used first (optimistic locking on it) makes a double click or two
        // tabs join only once.
        invitation.accept(me.id(), clock.instant());
        try {
            invitations.save(invitation);
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("firminvitation.used");
        }
        Firm firm = joinWithRetry(invitation.getFirmId(), me.id());
        log.info("{} joined firm {}", me.id(), firm.getId());
        events.publishEvent(new FirmMemberJoined(firm.getId(), me.id()));
        return firm.toSummary();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A concurrent profile edit may bump the version; joining must not be lost to it. */
    private Firm joinWithRetry(String firmId, String userId) {
        for (int attempt = 1; ; attempt++) {
            Firm firm = firms.findById(firmId).orElseThrow(() -> new FirmException("firminvitation.invalid"));
            firm.addMember(userId);
            try {
                return firms.save(firm);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw new FirmException("common.concurrentEdit");
                }
            }
        }
    }

    private Optional<FirmInvitation> findInvitation(String token) {
        return InvitationToken.hashOf(token).flatMap(invitations::findByTokenHash);
    }

    private List<FirmInvitationSummary> pending(String firmId) {
        Instant now = clock.instant();
        return invitations.findByFirmIdAndStateOrderByCreatedAtDesc(firmId, FirmInvitation.State.PENDING).stream()
                .map(i -> i.toSummary(now)).toList();
    }

    private List<FirmMember> membersOf(Firm firm) {
        return firm.memberIds().stream().map(accounts::find).flatMap(Optional::stream)
                .map(u -> new FirmMember(u.id(), u.displayName(), u.email(), firm.isAdministrator(u.id())))
                .toList();
    }

    private static long version(Firm firm) {
        return firm.getVersion() == null ? 0 : firm.getVersion();
    }

    private Firm load(String firmId) {
        return firms.findById(firmId == null ? "" : firmId).orElseThrow(() -> new FirmException("firm.notFound"));
    }

    /** Members and coordinators may read; to anyone else the firm does not exist. */
    private Firm readable(String firmId) {
        Firm firm = load(firmId);
        if (!firm.isMember(currentUser.requireId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new FirmException("firm.notFound");
        }
        return firm;
    }

    private Firm asMember(String firmId) {
        Firm firm = load(firmId);
        if (!firm.isMember(currentUser.requireId())) {
            throw new FirmException("firm.notFound");
        }
        return firm;
    }
}
