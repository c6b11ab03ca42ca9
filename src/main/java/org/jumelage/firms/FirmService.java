package org.jumelage.firms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.organisations.ConflictsCheck;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.skills.SkillCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What firm members do with their firm. A person belongs to at most one firm; the member who
 * registers it is its administrator. Members and coordinators read a firm; to anyone else it does
 * not exist. Members, invitations and removals are in {@link FirmMembership}.
 */
@Service
public class FirmService {

    private static final Logger log = LoggerFactory.getLogger(FirmService.class);

    private final FirmRepository firms;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final SkillCatalogue skills;
    private final OrganisationDirectory organisations;

    public FirmService(FirmRepository firms, AccountService accounts, CurrentUser currentUser,
            ApplicationEventPublisher events, Validator validator, SkillCatalogue skills,
            OrganisationDirectory organisations) {
        this.skills = skills;
        this.organisations = organisations;
        this.firms = firms;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.validator = validator;
    }

    /** The signed-in person's firm, if they belong to one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<FirmDetails> mine() {
        return firms.findFirstByMembers(currentUser.requireId()).map(Firm::toDetails);
    }

    /** Registers the signed-in person's firm, pending verification; they become its administrator. */
    @RolesAllowed(Role.FIRM)
    public FirmDetails register(FirmProfile profile) {
        String me = currentUser.requireId();
        FirmProfile valid = validated(profile, List.of());
        if (firms.existsByMembers(me)) {
            throw new FirmException("firm.alreadyMember");
        }
        String neq = Firm.normaliseNeq(valid.neq());
        if (neq != null && firms.existsByNeq(neq)) {
            throw new FirmException("neq", "firm.neq.taken");
        }
        Firm saved = save(new Firm(valid, me));
        log.info("Firm {} registered by {}", saved.getId(), me);
        events.publishEvent(new FirmRegistered(saved.getId()));
        return saved.toDetails();
    }

    /** One firm, for its members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public FirmDetails get(String firmId) {
        return readable(firmId).toDetails();
    }

    /** Changes the profile; any member may, with the version they read. */
    @RolesAllowed(Role.FIRM)
    public FirmDetails update(String firmId, FirmProfile profile, long expectedVersion) {
        Firm firm = asMember(firmId);
        FirmProfile valid = validated(profile, firm.toProfile().conflicts());
        if (firm.getVersion() == null || firm.getVersion() != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        String neq = Firm.normaliseNeq(valid.neq());
        if (neq != null && !neq.equals(firm.getNeq()) && firms.existsByNeq(neq)) {
            throw new FirmException("neq", "firm.neq.taken");
        }
        firm.apply(valid);
        return save(firm).toDetails();
    }

    /**
     * Lets the firm appear (or not) on the public transparency page with the share of its
     * obligations fulfilled; any member may, with the version they read.
     */
    @RolesAllowed(Role.FIRM)
    public FirmDetails publishFulfilment(String firmId, boolean publish, long expectedVersion) {
        Firm firm = asMember(firmId);
        if (firm.getVersion() == null || firm.getVersion() != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        firm.publishFulfilment(publish);
        log.info("Firm {} {} its fulfilment on the transparency page", firmId, publish ? "publishes" : "withdraws");
        return save(firm).toDetails();
    }

    /** Members with names and addresses, the administrator first; for members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public List<FirmMember> members(String firmId) {
        Firm firm = readable(firmId);
        return firm.memberIds().stream().map(accounts::find).flatMap(Optional::stream)
                .map(u -> new FirmMember(u.id(), u.displayName(), u.email(), firm.isAdministrator(u.id())))
                .toList();
    }

    /** @param declared the conflicts the firm declares now, kept even if their organisation is no longer verified */
    private FirmProfile validated(FirmProfile profile, List<ConflictOfInterest> declared) {
        if (profile == null) {
            throw new FirmException("name", "firm.name.required");
        }
        FirmProfile trimmed = profile.trimmed();
        var violations = validator.validate(trimmed);
        if (!violations.isEmpty()) {
            throw FirmException.of(violations);
        }
        if (trimmed.neq() != null && Firm.normaliseNeq(trimmed.neq()) == null) {
            throw new FirmException("neq", "firm.neq.invalid");
        }
        if (trimmed.teamSkills().stream().anyMatch(t -> !skills.exists(t.skillCode()))) {
            throw new FirmException("teamSkills", "firm.teamSkills.unknown");
        }
        Map<String, String> conflictProblems = ConflictsCheck.problems("conflicts", trimmed.conflicts(),
                declared.stream().map(ConflictOfInterest::organisationId).toList(), organisations);
        if (!conflictProblems.isEmpty()) {
            throw FirmException.ofFields(conflictProblems);
        }
        return trimmed;
    }

    private Firm load(String firmId) {
        if (firmId == null) {
            throw new FirmException("firm.notFound");
        }
        return firms.findById(firmId).orElseThrow(() -> new FirmException("firm.notFound"));
    }

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

    private Firm save(Firm firm) {
        try {
            return firms.save(firm);
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("common.concurrentEdit");
        } catch (DuplicateKeyException e) {
            // Two registrations raced past the checks; the unique index decided.
            throw new FirmException("neq", "firm.neq.taken");
        }
    }
}
