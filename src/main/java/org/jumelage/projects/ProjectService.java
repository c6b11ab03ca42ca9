package org.jumelage.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectQueries;
import org.jumelage.projects.internal.ProjectRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.training.TrainingRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Project needs: drafting, submission, coordinator review and the rest of the lifecycle. Every
 * method checks who is asking: members of the owning organisation for their projects,
 * coordinators for review; anyone for the public catalogue.
 */
@Service
public class ProjectService {

    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "Jumelage";

    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final OrganisationDirectory organisations;
    private final SkillCatalogue skills;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ProjectNotifier notifier;
    private final ApplicationEventPublisher events;
    private final TrainingRecords training;
    private final java.time.Clock clock;
    private final AuditTrail audit;

    public ProjectService(ProjectRepository projects, ProjectQueries queries, OrganisationDirectory organisations,
            SkillCatalogue skills, CurrentUser currentUser, AccountService accounts, ProjectNotifier notifier,
            ApplicationEventPublisher events, TrainingRecords training, java.time.Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.projects = projects;
        this.queries = queries;
        this.organisations = organisations;
        this.skills = skills;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.notifier = notifier;
        this.events = events;
        this.training = training;
        this.clock = clock;
    }

    // --- organisation members ---------------------------------------------------------------

    /** Starts a draft for the signed-in member's organisation. */
    @RolesAllowed(Role.OSBL)
    public ProjectView create(ProjectDraft draft) {
        OrganisationSummary organisation = organisations.ofMember(currentUser.requireId())
                .orElseThrow(() -> new ProjectException("project.noOrganisation"));
        refuseFormatProblems(draft);
        Project project = new Project(organisation.id(), draft);
        UserSummary me = accounts.me();
        project.recordCreation(new Transition(clock.instant(), me.id(), me.displayName(), null, ProjectStatus.DRAFT,
                null));
        return view(projects.save(project));
    }

    /** Saves a draft; refused when someone saved it since {@code expectedVersion}. */
    @RolesAllowed(Role.OSBL)
    public ProjectView saveDraft(String projectId, ProjectDraft draft, long expectedVersion) {
        Project project = loadForMember(projectId, expectedVersion);
        if (project.getStatus() != ProjectStatus.DRAFT) {
            throw new ProjectException("project.notEditable");
        }
        refuseFormatProblems(draft);
        project.apply(draft);
        return save(project);
    }

    @RolesAllowed(Role.OSBL)
    public ProjectView submit(String projectId, long expectedVersion) {
        Project project = loadForMember(projectId, expectedVersion);
        OrganisationSummary organisation = organisations.find(project.getOrganisationId())
                .orElseThrow(() -> new ProjectException("project.notFound"));
        if (!organisation.isVerified()) {
            throw new ProjectException("project.organisationNotVerified");
        }
        if (firstSubmission(organisation.id()) && !training.scopingCleared(organisation.id())) {
            // Before its first project, a member must have learnt to scope one, unless a coordinator waived it.
            throw new ProjectException("project.scopingRequired");
        }
        List<FieldProblem> problems = project.toDraft().submissionProblems(skills::exists);
        if (!problems.isEmpty()) {
            throw new ProjectException("project.incomplete", problems);
        }
        move(project, ProjectStatus.SUBMITTED, null);
        ProjectView saved = save(project);
        notifier.submitted(saved);
        events.publishEvent(new ProjectEvents.ProjectSubmitted(projectId));
        return saved;
    }

    /**
     * Whether the organisation never submitted a project: only then does the scoping course gate a
     * submission. A project once submitted counts whatever its state now (sent back, rejected, ...).
     */
    private boolean firstSubmission(String organisationId) {
        return !projects.existsByOrganisationIdAndSubmittedAtNotNull(organisationId);
    }

    /** The organisation's projects, newest first, optionally only in one state. */
    @RolesAllowed(Role.OSBL)
    public List<ProjectView> mine(ProjectStatus status) {
        Optional<OrganisationSummary> organisation = organisations.ofMember(currentUser.requireId());
        if (organisation.isEmpty()) {
            return List.of();
        }
        return queries.ofOrganisation(organisation.get().id(), status).stream().map(this::view).toList();
    }

    /** A project, for its organisation's members and for coordinators; others are told it does not exist. */
    @PermitAll
    public ProjectView get(String projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new ProjectException("project.notFound"));
        if (!isCoordinator() && !isMemberOf(project.getOrganisationId())) {
            throw new ProjectException("project.notFound");
        }
        return view(project);
    }

    /**
     * The organisation that owns a project, for other features that check permissions themselves
     * (the hours ledger lets only that organisation confirm hours). An id reveals nothing private.
     */
    public Optional<String> organisationOf(String projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        return projects.findById(projectId).map(Project::getOrganisationId);
    }

    // --- coordinators ------------------------------------------------------------------------

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProjectView approve(String projectId, String comment, long expectedVersion) {
        Project project = load(projectId, expectedVersion);
        if (project.getStatus() == ProjectStatus.SUBMITTED && project.isJobReductionFlag()) {
            throw new ProjectException("project.review.reductionIneligible");
        }
        move(project, ProjectStatus.OPEN, comment);
        project.setLastReviewComment(comment);
        ProjectView approved = decided(project, new ProjectEvents.ProjectApproved(projectId), "approved");
        audit.record(AuditAction.PROJECT_APPROVED, AuditTarget.PROJECT, projectId);
        return approved;
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProjectView requestChanges(String projectId, String comment, long expectedVersion) {
        requireText(comment, "project.review.commentRequired");
        Project project = load(projectId, expectedVersion);
        if (project.getStatus() != ProjectStatus.SUBMITTED) {
            throw illegal(project.getStatus(), ProjectStatus.DRAFT);
        }
        move(project, ProjectStatus.DRAFT, comment);
        project.setLastReviewComment(comment);
        return decided(project, new ProjectEvents.ProjectChangesRequested(projectId), "changesRequested");
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProjectView reject(String projectId, String reason, long expectedVersion) {
        requireText(reason, "project.review.reasonRequired");
        Project project = load(projectId, expectedVersion);
        move(project, ProjectStatus.REJECTED, reason);
        project.setLastReviewComment(reason);
        ProjectView rejected = decided(project, new ProjectEvents.ProjectRejected(projectId), "rejected");
        audit.record(AuditAction.PROJECT_REJECTED, AuditTarget.PROJECT, projectId);
        return rejected;
    }

    /** Called when a coordinator approves matches for the project (matching feature). */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProjectView markMatched(String projectId, long expectedVersion) {
        Project project = load(projectId, expectedVersion);
        move(project, ProjectStatus.MATCHED, null);
        return save(project);
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<ProjectView> reviewQueue(ReviewFilter filter, int offset, int limit) {
        return queries.reviewQueue(filter, organisationIds(filter), offset, limit).stream().map(this::view).toList();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public long countReviewQueue(ReviewFilter filter) {
        return queries.countReviewQueue(filter, organisationIds(filter));
    }

    // --- members or coordinators -------------------------------------------------------------

    @PermitAll
    public ProjectView startWork(String projectId, long expectedVersion) {
        Project project = loadForMemberOrCoordinator(projectId, expectedVersion);
        move(project, ProjectStatus.IN_PROGRESS, null);
        ProjectView saved = save(project);
        events.publishEvent(new ProjectEvents.ProjectStarted(projectId));
        return saved;
    }

    @PermitAll
    public ProjectView complete(String projectId, long expectedVersion) {
        Project project = loadForMemberOrCoordinator(projectId, expectedVersion);
        move(project, ProjectStatus.COMPLETED, null);
        ProjectView saved = save(project);
        events.publishEvent(new ProjectEvents.ProjectCompleted(projectId));
        return saved;
    }

    @PermitAll
    public ProjectView cancel(String projectId, String reason, long expectedVersion) {
        requireText(reason, "project.cancel.reasonRequired");
        Project project = loadForMemberOrCoordinator(projectId, expectedVersion);
        move(project, ProjectStatus.CANCELLED, reason);
        ProjectView saved = save(project);
        events.publishEvent(new ProjectEvents.ProjectCancelled(projectId));
        return saved;
    }

    // --- public catalogue --------------------------------------------------------------------

    /** One page of open projects; anyone may ask, signed in or not. */
    public List<CatalogueEntry> catalogue(CatalogueQuery query, int offset, int limit) {
        List<String> organisationIds = catalogueOrganisations(query);
        if (organisationIds != null && organisationIds.isEmpty()) {
            return List.of();
        }
        List<Project> page = queries.catalogue(query, organisationIds, offset, limit);
        Map<String, OrganisationSummary> owners = organisations.findAll(
                page.stream().map(Project::getOrganisationId).distinct().toList());
        return page.stream().map(p -> entry(p, owners.get(p.getOrganisationId()))).toList();
    }

    public long countCatalogue(CatalogueQuery query) {
        List<String> organisationIds = catalogueOrganisations(query);
        if (organisationIds != null && organisationIds.isEmpty()) {
            return 0;
        }
        return queries.countCatalogue(query, organisationIds);
    }

    // --- internals ---------------------------------------------------------------------------

    private List<String> catalogueOrganisations(CatalogueQuery query) {
        return query.region() == null && query.sector() == null ? null
                : organisations.idsMatching(query.region(), query.sector());
    }

    private List<String> organisationIds(ReviewFilter filter) {
        return filter == null || (filter.region() == null && filter.sector() == null) ? null
                : organisations.idsMatching(filter.region(), filter.sector());
    }

    private ProjectView decided(Project project, Object event, String decision) {
        ProjectView saved = save(project);
        notifier.decided(saved, decision);
        events.publishEvent(event);
        return saved;
    }

    private void move(Project project, ProjectStatus to, String comment) {
        // A move that follows from others' actions (both sides accepted every seat) is the platform's own.
        UserSummary me = currentUser.isSignedIn() ? accounts.me() : null;
        Transition step = new Transition(clock.instant(), me == null ? SYSTEM : me.id(),
                me == null ? SYSTEM_NAME : me.displayName(), project.getStatus(), to,
                comment == null || comment.isBlank() ? null : comment.strip());
        if (!project.moveTo(to, step)) {
            throw illegal(project.getStatus(), to);
        }
    }

    /** An illegal move is refused whatever the states; the view says so in plain words. */
    private static ProjectException illegal(ProjectStatus from, ProjectStatus to) {
        return new ProjectException("project.transition.illegal");
    }

    private void refuseFormatProblems(ProjectDraft draft) {
        List<FieldProblem> problems = draft.formatProblems(skills::exists);
        if (!problems.isEmpty()) {
            throw new ProjectException("project.invalid", problems);
        }
    }

    private static void requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new ProjectException(key);
        }
        if (text.length() > ProjectDraft.LONG_TEXT_MAX) {
            throw new ProjectException("project.validation.tooLong");
        }
    }

    private Project load(String projectId, long expectedVersion) {
        Project project = projects.findById(projectId).orElseThrow(() -> new ProjectException("project.notFound"));
        if (project.getVersion() == null || project.getVersion() != expectedVersion) {
            throw new ProjectException("common.concurrentEdit");
        }
        return project;
    }

    private Project loadForMember(String projectId, long expectedVersion) {
        Project project = projects.findById(projectId).orElseThrow(() -> new ProjectException("project.notFound"));
        if (!isMemberOf(project.getOrganisationId())) {
            throw new ProjectException("project.notFound");
        }
        return load(projectId, expectedVersion);
    }

    private Project loadForMemberOrCoordinator(String projectId, long expectedVersion) {
        Project project = projects.findById(projectId).orElseThrow(() -> new ProjectException("project.notFound"));
        if (!isCoordinator() && !isMemberOf(project.getOrganisationId())) {
            throw new ProjectException("project.notFound");
        }
        return load(projectId, expectedVersion);
    }

    private boolean isMemberOf(String organisationId) {
        return currentUser.id().flatMap(organisations::ofMember).map(o -> o.id().equals(organisationId))
                .orElse(false);
    }

    private boolean isCoordinator() {
        return currentUser.hasRole(Role.COORDINATOR);
    }

    private ProjectView save(Project project) {
        try {
            return view(projects.save(project));
        } catch (OptimisticLockingFailureException e) {
            throw new ProjectException("common.concurrentEdit");
        }
    }

    private ProjectView view(Project p) {
        Optional<OrganisationSummary> owner = organisations.find(p.getOrganisationId());
        return new ProjectView(p.getId(), p.getVersion() == null ? 0 : p.getVersion(), p.getOrganisationId(),
                owner.map(OrganisationSummary::legalName).orElse(""), owner.map(OrganisationSummary::region).orElse(null),
                owner.map(OrganisationSummary::sector).orElse(null), p.getStatus(), p.toDraft(), p.getTransitions(),
                p.getLastReviewComment(), p.isJobReductionFlag(), p.getTotalHours(), p.getCreatedAt(),
                p.getSubmittedAt(), p.getUpdatedAt());
    }

    private static CatalogueEntry entry(Project p, OrganisationSummary owner) {
        return new CatalogueEntry(p.getId(), p.getTitle(), p.getSummary(), owner == null ? "" : owner.legalName(),
                owner == null ? null : owner.region(), owner == null ? null : owner.sector(), p.getCategory(),
                p.getSkillCodes(), p.getProviderKinds(), p.isAnyRemote(), p.getTotalHours(), p.getDeadline(),
                p.getOpenedAt());
    }
}
