package org.jumelage.projects.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectLifecycle;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.projects.Transition;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A project need of one organisation (referenced by id). Seats, checklist, questionnaire and the
 * timeline live inside the document, so every change is one atomic, version-checked write.
 * Search and filter fields ({@code searchText}, {@code skillCodes}, ...) are derived on each change.
 */
@Document("projects")
public class Project extends BaseDocument {

    private String organisationId;
    private String title;
    private String summary;
    private String problem;
    private String expectedOutcome;
    private ProjectCategory category;
    private DataInvolved dataInvolved;
    private LocalDate earliestStart;
    private LocalDate deadline;
    private Priority priority = Priority.NORMAL;
    private String urgencyReason;
    private List<SeatSpec> seats = new ArrayList<>();
    private ScopingChecklist checklist = ScopingChecklist.empty();
    private EthicsAnswers ethics = EthicsAnswers.empty();
    private ProjectStatus status = ProjectStatus.DRAFT;
    private List<Transition> transitions = new ArrayList<>();
    private String lastReviewComment;

    private String searchText;
    private Set<String> skillCodes = new LinkedHashSet<>();
    private Set<ProviderKind> providerKinds = new LinkedHashSet<>();
    private boolean anyRemote;
    private int totalHours;
    private boolean jobReductionFlag;
    private java.time.Instant submittedAt;
    private java.time.Instant openedAt;

    protected Project() {
    }

    public Project(String organisationId, ProjectDraft draft) {
        this.organisationId = organisationId;
        apply(draft);
    }

    public void apply(ProjectDraft draft) {
        this.title = strip(draft.title());
        this.summary = strip(draft.summary());
        this.problem = strip(draft.problem());
        this.expectedOutcome = strip(draft.expectedOutcome());
        this.category = draft.category();
        this.dataInvolved = draft.dataInvolved();
        this.earliestStart = draft.earliestStart();
        this.deadline = draft.deadline();
        this.priority = draft.priority();
        this.urgencyReason = strip(draft.urgencyReason());
        List<SeatSpec> numbered = new ArrayList<>();
        int next = nextSeatNumber(draft.seats());
        for (SeatSpec seat : draft.seats()) {
            numbered.add(seat.id() == null || seat.id().isBlank() ? seat.withId("s" + next++) : seat);
        }
        this.seats = numbered;
        this.checklist = draft.checklist();
        this.ethics = draft.ethics();
        derive();
    }

    public ProjectDraft toDraft() {
        return new ProjectDraft(title, summary, problem, expectedOutcome, category, dataInvolved, earliestStart,
                deadline, priority, urgencyReason, seats, checklist, ethics);
    }

    /** Moves to another state if the lifecycle allows it, recording the step; false otherwise. */
    public boolean moveTo(ProjectStatus to, Transition step) {
        if (!ProjectLifecycle.allows(status, to)) {
            return false;
        }
        transitions.add(step);
        status = to;
        if (to == ProjectStatus.SUBMITTED) {
            submittedAt = step.at();
        } else if (to == ProjectStatus.OPEN && openedAt == null) {
            openedAt = step.at();
        }
        return true;
    }

    /** The first line of the timeline: who created the draft, and when. */
    public void recordCreation(Transition step) {
        transitions.add(step);
    }

    public void setLastReviewComment(String comment) {
        this.lastReviewComment = comment;
    }

    private void derive() {
        searchText = SearchText.normalise(nullToEmpty(title) + " " + nullToEmpty(summary));
        skillCodes = new LinkedHashSet<>();
        providerKinds = new LinkedHashSet<>();
        anyRemote = false;
        totalHours = 0;
        for (SeatSpec seat : seats) {
            seat.requiredSkills().stream().filter(s -> s != null && s.skillCode() != null)
                    .map(RequiredSkill::skillCode).forEach(skillCodes::add);
            if (seat.providerKind() != null) {
                providerKinds.add(seat.providerKind());
            }
            anyRemote |= seat.remote();
            totalHours += Math.max(0, seat.hours());
        }
        jobReductionFlag = ethics.jobImpact() == JobImpact.REDUCTION;
    }

    private static int nextSeatNumber(List<SeatSpec> seats) {
        int max = 0;
        for (SeatSpec seat : seats) {
            if (seat.id() != null && seat.id().matches("s\\d+")) {
                max = Math.max(max, Integer.parseInt(seat.id().substring(1)));
            }
        }
        return max + 1;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public List<Transition> getTransitions() {
        return List.copyOf(transitions);
    }

    public String getLastReviewComment() {
        return lastReviewComment;
    }

    public List<SeatSpec> getSeats() {
        return List.copyOf(seats);
    }

    public Set<String> getSkillCodes() {
        return Set.copyOf(skillCodes);
    }

    public Set<ProviderKind> getProviderKinds() {
        return Set.copyOf(providerKinds);
    }

    public boolean isAnyRemote() {
        return anyRemote;
    }

    public int getTotalHours() {
        return totalHours;
    }

    public boolean isJobReductionFlag() {
        return jobReductionFlag;
    }

    public java.time.Instant getSubmittedAt() {
        return submittedAt;
    }

    public java.time.Instant getOpenedAt() {
        return openedAt;
    }

    public EthicsAnswers getEthics() {
        return ethics;
    }

    public DataInvolved getDataInvolved() {
        return dataInvolved;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    // --- for the catalogue kept in memory (no copies) ---------------------------------------

    String searchText() {
        return searchText;
    }

    boolean requiresSkill(String code) {
        return skillCodes.contains(code);
    }

    boolean offersTo(ProviderKind kind) {
        return providerKinds.contains(kind) || providerKinds.contains(ProviderKind.EITHER);
    }

    /** Open, or just left the open state: the catalogue may show it, or may have shown it. */
    boolean concernsCatalogue() {
        return status == ProjectStatus.OPEN
                || (!transitions.isEmpty() && transitions.get(transitions.size() - 1).from() == ProjectStatus.OPEN);
    }
}
