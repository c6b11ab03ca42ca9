package org.jumelage.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.organisations.internal.Invitation;
import org.jumelage.organisations.internal.InvitationRepository;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.organisations.internal.OrganisationMailer;
import org.jumelage.organisations.internal.OrganisationRepository;
import org.jumelage.shared.invitations.InvitationPreview;
import org.jumelage.shared.invitations.InvitationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What OSBL members do with their organisation. A person belongs to at most one organisation.
 * <ul>
 * <li>Any member may read and edit the profile (small OSBLs share the work); only the
 * administrator (the member who registered it) invites colleagues, revokes invitations and removes
 * members.</li>
 * <li>Private data (address, members, invitations) is shown only to members and coordinators; other
 * features get {@link OrganisationSummary} through {@link OrganisationDirectory}.</li>
 * <li>Invitations go to an e-mail address; the link works once, for {@link #INVITATION_VALIDITY},
 * and only for an OSBL member account with that same address, so a forwarded link is useless.</li>
 * </ul>
 * Every method checks the caller: method security for the role, then membership here.
 */
@Service
public class OrganisationService {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);
    private static final Pattern EMAIL = org.jumelage.shared.validation.EmailAddresses.PATTERN;

    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final OrganisationMailer mailer;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, InvitationRepository invitations,
            AccountService accounts, CurrentUser currentUser, OrganisationMailer mailer,
            ApplicationEventPublisher events, Validator validator, Clock clock) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** The signed-in person's organisation, if they belong to one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationDetails> mine() {
        return organisations.findFirstByMembers(currentUser.requireId()).map(Organisation::toDetails);
    }

    /** Registers the signed-in person's organisation, pending verification; they become its administrator. */
    @RolesAllowed(Role.OSBL)
    public OrganisationDetails register(OrganisationProfile profile) {
        String me = currentUser.requireId();
        OrganisationProfile valid = validated(profile);
        if (organisations.existsByMembers(me)) {
            throw new OrganisationException("organisation.alreadyMember");
        }
        String neq = Organisation.normaliseNeq(valid.neq());
        if (organisations.existsByNeq(neq)) {
            throw new OrganisationException("neq", "organisation.neq.taken");
        }
        Organisation saved;
        try {
            saved = organisations.save(new Organisation(valid, me));
        } catch (DuplicateKeyException e) {
            // Two registrations raced past the check above; the unique index decided.
            throw new OrganisationException("neq", "organisation.neq.taken");
        }
        log.info("Organisation {} registered by {}", saved.getId(), me);
        events.publishEvent(new OrganisationRegistered(saved.getId()));
        return saved.toDetails();
    }

    /** One organisation, for its members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public OrganisationDetails get(String organisationId) {
        return readable(organisationId).toDetails();
    }

    /**
     * Changes the profile. A rejected organisation goes back to the coordinators, and so does a
     * verified one whose legal name or NEQ changed: a verification vouches for an identity.
     */
    @RolesAllowed(Role.OSBL)
    public OrganisationDetails update(String organisationId, OrganisationProfile profile, long expectedVersion) {
        OrganisationProfile valid = validated(profile);
        Organisation organisation = asMember(organisationId);
        checkVersion(organisation, expectedVersion);
        String neq = Organisation.normaliseNeq(valid.neq());
        if (!neq.equals(organisation.getNeq()) && organisations.existsByNeq(neq)) {
            throw new OrganisationException("neq", "organisation.neq.taken");
        }
        boolean identityChanged = organisation.apply(valid);
        boolean resubmitted = organisation.getStatus() == VerificationStatus.REJECTED
                || (organisation.getStatus() == VerificationStatus.VERIFIED && identityChanged);
        if (resubmitted) {
            organisation.resubmit();
        }
        Organisation saved = save(organisation);
        events.publishEvent(new OrganisationUpdated(saved.getId()));
        if (resubmitted) {
            events.publishEvent(new OrganisationResubmitted(saved.getId()));
        }
        return saved.toDetails();
    }

    /** Members with names and addresses, the administrator first; for members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationMember> members(String organisationId) {
        return membersOf(readable(organisationId));
    }

    /** Removes a member (never the administrator). */
    @RolesAllowed(Role.OSBL)
    public OrganisationDetails removeMember(String organisationId, String userId, long expectedVersion) {
        Organisation organisation = asAdministrator(organisationId);
        checkVersion(organisation, expectedVersion);
        if (organisation.isAdministrator(userId)) {
            throw new OrganisationException("organisation.members.cannotRemoveAdministrator");
        }
        if (!organisation.isMember(userId)) {
            throw new OrganisationException("organisation.members.notMember");
        }
        organisation.removeMember(userId);
        Organisation saved = save(organisation);
        log.info("Member {} removed from organisation {} by {}", userId, organisationId, currentUser.requireId());
        events.publishEvent(new OrganisationMemberRemoved(organisationId, userId));
        return saved.toDetails();
    }

    /**
     * E-mails a colleague a link to join, valid seven days. Inviting the same address again
     * replaces the earlier invitation (its link stops working), which is how a lost mail is re-sent.
     */
    @RolesAllowed(Role.OSBL)
    public InvitationSummary invite(String organisationId, String email) {
        Organisation organisation = asAdministrator(organisationId);
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new OrganisationException("email", "validation.email.required");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new OrganisationException("email", "validation.email.invalid");
        }
        Optional<UserSummary> invitee = accounts.findByEmail(address);
        if (invitee.isPresent() && organisation.isMember(invitee.get().id())) {
            throw new OrganisationException("email", "organisation.invitation.alreadyMember");
        }
        Instant now = clock.instant();
        for (Invitation earlier : invitations.findByOrganisationIdAndEmailKeyAndState(organisationId,
                Invitation.emailKey(address), Invitation.State.PENDING)) {
            earlier.revoke(now);
            invitations.save(earlier);
        }
        InvitationToken token = InvitationToken.generate();
        UserSummary inviter = accounts.find(currentUser.requireId()).orElseThrow();
        Invitation invitation = invitations.save(new Invitation(organisationId, address,
                token.hash(), inviter.id(), now.plus(INVITATION_VALIDITY)));
        mailer.sendInvitation(address, inviter, organisation.getLegalName(), token.value(), INVITATION_VALIDITY);
        log.info("Invitation {} to organisation {} sent by {}", invitation.getId(), organisationId, inviter.id());
        return invitation.toSummary(now);
    }

    /** Pending invitations, newest first (expired ones are flagged); for members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public List<InvitationSummary> invitations(String organisationId) {
        readable(organisationId);
        Instant now = clock.instant();
        return invitations.findByOrganisationIdAndStateOrderByCreatedAtDesc(organisationId, Invitation.State.PENDING)
                .stream().map(i -> i.toSummary(now)).toList();
    }

    /** Cancels a pending invitation: its link stops working. */
    @RolesAllowed(Role.OSBL)
    public void revokeInvitation(String invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new OrganisationException("invitation.invalid"));
        asAdministrator(invitation.getOrganisationId());
        if (invitation.getState() != Invitation.State.PENDING) {
            throw new OrganisationException("invitation.used");
        }
        invitation.revoke(clock.instant());
        invitations.save(invitation);
    }

    /**
     * What an invitation link leads to, for its holder (signed in or not): empty for an unknown
     * token. It names the organisation and the invited address, which the holder read in the mail.
     */
    public Optional<InvitationPreview> previewInvitation(String token) {
        return findInvitation(token).map(invitation -> {
            String organisationName = organisations.findById(invitation.getOrganisationId())
                    .map(Organisation::getLegalName).orElse("");
            String inviterName = accounts.find(invitation.getInvitedBy()).map(UserSummary::displayName).orElse("");
            return new InvitationPreview(organisationName, invitation.getEmail(), inviterName,
                    invitation.linkState(clock.instant()));
        });
    }

    /**
     * Joins the signed-in person to the invitation's organisation. The account must be an OSBL
     * member account with the invited address and belong to no organisation yet.
     */
    @PreAuthorize("isAuthenticated()")
    public OrganisationSummary acceptInvitation(String token) {
        Invitation invitation = findInvitation(token).orElseThrow(() -> new OrganisationException("invitation.invalid"));
        invitation.requireUsable(clock.instant(), "invitation", OrganisationException::new);
        UserSummary me = accounts.find(currentUser.requireId())
                .orElseThrow(() -> new OrganisationException("account.notFound"));
        if (!invitation.isFor(me.email())) {
            throw new OrganisationException("invitation.otherAddress");
        }
        if (!me.roles().contains(Role.OSBL_MEMBER)) {
            throw new OrganisationException("invitation.notOsblAccount");
        }
        if (organisations.existsByMembers(me.id())) {
            throw new OrganisationException("organisation.alreadyMember");
        }
        // Marking the invitation used first (optimistic locking on it) makes a double click or two
        // tabs join only once.
        invitation.accept(me.id(), clock.instant());
        try {
            invitations.save(invitation);
        } catch (OptimisticLockingFailureException e) {
            throw new OrganisationException("invitation.used");
        }
        Organisation organisation = joinWithRetry(invitation.getOrganisationId(), me.id());
        log.info("{} joined organisation {}", me.id(), organisation.getId());
        events.publishEvent(new OrganisationMemberJoined(organisation.getId(), me.id()));
        return organisation.toSummary();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A concurrent profile edit may bump the version; joining must not be lost to it. */
    private Organisation joinWithRetry(String organisationId, String userId) {
        for (int attempt = 1; ; attempt++) {
            Organisation organisation = organisations.findById(organisationId)
                    .orElseThrow(() -> new OrganisationException("invitation.invalid"));
            organisation.addMember(userId);
            try {
                return organisations.save(organisation);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw new OrganisationException("common.concurrentEdit");
                }
            }
        }
    }

    private Optional<Invitation> findInvitation(String token) {
        return InvitationToken.hashOf(token).flatMap(invitations::findByTokenHash);
    }

    private List<OrganisationMember> membersOf(Organisation organisation) {
        return organisation.memberIds().stream().map(accounts::find).flatMap(Optional::stream)
                .map(u -> new OrganisationMember(u.id(), u.displayName(), u.email(),
                        organisation.isAdministrator(u.id())))
                .toList();
    }

    private OrganisationProfile validated(OrganisationProfile profile) {
        if (profile == null) {
            throw new OrganisationException("organisation.legalName.required");
        }
        OrganisationProfile trimmed = profile.trimmed();
        var violations = validator.validate(trimmed);
        if (!violations.isEmpty()) {
            throw OrganisationException.of(violations);
        }
        return trimmed;
    }

    private Organisation load(String organisationId) {
        if (organisationId == null) {
            throw new OrganisationException("organisation.notFound");
        }
        return organisations.findById(organisationId)
                .orElseThrow(() -> new OrganisationException("organisation.notFound"));
    }

    /** Members and coordinators may read; to anyone else the organisation does not exist. */
    private Organisation readable(String organisationId) {
        Organisation organisation = load(organisationId);
        if (!organisation.isMember(currentUser.requireId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new OrganisationException("organisation.notFound");
        }
        return organisation;
    }

    private Organisation asMember(String organisationId) {
        Organisation organisation = load(organisationId);
        if (!organisation.isMember(currentUser.requireId())) {
            throw new OrganisationException("organisation.notFound");
        }
        return organisation;
    }

    private Organisation asAdministrator(String organisationId) {
        Organisation organisation = asMember(organisationId);
        if (!organisation.isAdministrator(currentUser.requireId())) {
            throw new OrganisationException("organisation.administratorOnly");
        }
        return organisation;
    }

    private static void checkVersion(Organisation organisation, long expectedVersion) {
        if (organisation.getVersion() == null || organisation.getVersion() != expectedVersion) {
            throw new OrganisationException("common.concurrentEdit");
        }
    }

    private Organisation save(Organisation organisation) {
        try {
            return organisations.save(organisation);
        } catch (OptimisticLockingFailureException e) {
            throw new OrganisationException("common.concurrentEdit");
        } catch (DuplicateKeyException e) {
            throw new OrganisationException("neq", "organisation.neq.taken");
        }
    }
}
