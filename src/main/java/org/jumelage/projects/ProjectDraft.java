package org.jumelage.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.validation.RequiredText;
import org.jumelage.shared.validation.SaneDates;

/**
 * Everything an organisation writes about a project need. A draft may be incomplete; it is checked
 * for format at every save ({@link #formatProblems}) and for completeness before submission
 * ({@link #submissionProblems}). Problems name the field and carry a translation key.
 */
public record ProjectDraft(
        String title,
        String summary,
        String problem,
        String expectedOutcome,
        ProjectCategory category,
        DataInvolved dataInvolved,
        LocalDate earliestStart,
        LocalDate deadline,
        Priority priority,
        String urgencyReason,
        List<SeatSpec> seats,
        ScopingChecklist checklist,
        EthicsAnswers ethics) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;
    public static final int SUMMARY_MAX = 500;
    public static final int LONG_TEXT_MAX = 2_000;
    public static final int SHORT_TEXT_MAX = 200;
    public static final int MAX_SEATS = 10;
    public static final int ROLE_TITLE_MAX = 80;
    public static final int STAFF_HOURS_MAX = 500;

    public ProjectDraft {
        seats = seats == null ? List.of() : List.copyOf(seats);
        checklist = checklist == null ? ScopingChecklist.empty() : checklist;
        ethics = ethics == null ? EthicsAnswers.empty() : ethics;
        priority = priority == null ? Priority.NORMAL : priority;
    }

    /** A new, empty draft with only a title. */
    public static ProjectDraft titled(String title) {
        return new ProjectDraft(title, "", "", "", null, null, null, null, Priority.NORMAL, "", List.of(), null, null);
    }

    public int totalHours() {
        return seats.stream().mapToInt(SeatSpec::hours).sum();
    }

    /** Problems that refuse any save: lengths, ranges and dates, whatever is filled in so far. */
    public List<FieldProblem> formatProblems(Predicate<String> skillExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(title)) {
            problems.add(new FieldProblem("title", "project.validation.title.required"));
        } else if (title.strip().length() < TITLE_MIN || title.strip().length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "project.validation.title.length", TITLE_MIN, TITLE_MAX));
        }
        tooLong(problems, "summary", summary, SUMMARY_MAX);
        tooLong(problems, "problem", problem, LONG_TEXT_MAX);
        tooLong(problems, "expectedOutcome", expectedOutcome, LONG_TEXT_MAX);
        tooLong(problems, "urgencyReason", urgencyReason, SUMMARY_MAX);
        outOfRange(problems, "earliestStart", earliestStart);
        outOfRange(problems, "deadline", deadline);
        if (earliestStart != null && deadline != null && !deadline.isAfter(earliestStart)) {
            problems.add(new FieldProblem("deadline", "project.validation.deadline.afterStart"));
        }
        if (seats.size() > MAX_SEATS) {
            problems.add(new FieldProblem("seats", "project.validation.seats.tooMany", MAX_SEATS));
        }
        for (int i = 0; i < seats.size(); i++) {
            seatFormat(problems, "seats[" + i + "].", seats.get(i), skillExists);
        }
        tooLong(problems, "checklist.deliverables", checklist.deliverables(), LONG_TEXT_MAX);
        tooLong(problems, "checklist.decisionMaker", checklist.decisionMaker(), SHORT_TEXT_MAX);
        tooLong(problems, "checklist.dataAccess", checklist.dataAccess(), LONG_TEXT_MAX);
        Integer staff = checklist.staffHoursPerMonth();
        if (staff != null && (staff < 0 || staff > STAFF_HOURS_MAX)) {
            problems.add(new FieldProblem("checklist.staffHoursPerMonth", "project.validation.staffHours.range", 0,
                    STAFF_HOURS_MAX));
        }
        tooLong(problems, "ethics.automatedTasks", ethics.automatedTasks(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.freedTimeUse", ethics.freedTimeUse(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.consent", ethics.consent(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.minimisation", ethics.minimisation(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.retention", ethics.retention(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.beneficiaryRisks", ethics.beneficiaryRisks(), LONG_TEXT_MAX);
        tooLong(problems, "ethics.humanOversight", ethics.humanOversight(), LONG_TEXT_MAX);
        return problems;
    }

    /** Format problems plus everything that must be filled in before a coordinator can review. */
    public List<FieldProblem> submissionProblems(Predicate<String> skillExists) {
        List<FieldProblem> problems = formatProblems(skillExists);
        required(problems, "summary", summary);
        required(problems, "problem", problem);
        required(problems, "expectedOutcome", expectedOutcome);
        if (category == null) {
            problems.add(new FieldProblem("category", "project.validation.required"));
        }
        if (dataInvolved == null) {
            problems.add(new FieldProblem("dataInvolved", "project.validation.required"));
        }
        if (earliestStart == null) {
            problems.add(new FieldProblem("earliestStart", "project.validation.required"));
        }
        if (deadline == null) {
            problems.add(new FieldProblem("deadline", "project.validation.required"));
        }
        if (priority == Priority.URGENT) {
            required(problems, "urgencyReason", urgencyReason);
        }
        if (seats.isEmpty()) {
            problems.add(new FieldProblem("seats", "project.validation.seats.none"));
        }
        for (int i = 0; i < seats.size(); i++) {
            seatComplete(problems, "seats[" + i + "].", seats.get(i));
        }
        required(problems, "checklist.deliverables", checklist.deliverables());
        required(problems, "checklist.decisionMaker", checklist.decisionMaker());
        if (dataInvolved != null && dataInvolved != DataInvolved.NONE) {
            required(problems, "checklist.dataAccess", checklist.dataAccess());
        }
        if (checklist.staffHoursPerMonth() == null) {
            problems.add(new FieldProblem("checklist.staffHoursPerMonth", "project.validation.required"));
        }
        required(problems, "ethics.automatedTasks", ethics.automatedTasks());
        required(problems, "ethics.freedTimeUse", ethics.freedTimeUse());
        if (ethics.jobImpact() == null) {
            problems.add(new FieldProblem("ethics.jobImpact", "project.validation.required"));
        }
        if (dataInvolved != null && dataInvolved.isPersonal()) {
            required(problems, "ethics.consent", ethics.consent());
            required(problems, "ethics.minimisation", ethics.minimisation());
            required(problems, "ethics.retention", ethics.retention());
        }
        required(problems, "ethics.beneficiaryRisks", ethics.beneficiaryRisks());
        required(problems, "ethics.humanOversight", ethics.humanOversight());
        return problems;
    }

    /** What is wrong with a seat whatever its completeness: lengths, ranges, unknown or repeated skills. */
    private static void seatFormat(List<FieldProblem> problems, String prefix, SeatSpec seat,
            Predicate<String> skillExists) {
        tooLong(problems, prefix + "roleTitle", seat.roleTitle(), ROLE_TITLE_MAX);
        // 0 means "not filled in yet"; a draft may be saved that way.
        if (seat.hours() < 0 || seat.hours() > SeatSpec.MAX_HOURS) {
            problems.add(new FieldProblem(prefix + "hours", "project.validation.hours.range", SeatSpec.MIN_HOURS,
                    SeatSpec.MAX_HOURS));
        }
        List<RequiredSkill> skills = seat.requiredSkills();
        if (skills.size() > SeatSpec.MAX_SKILLS) {
            problems.add(new FieldProblem(prefix + "requiredSkills", "project.validation.skills.tooMany",
                    SeatSpec.MAX_SKILLS));
        }
        Set<String> seen = new HashSet<>();
        for (RequiredSkill skill : skills) {
            if (skill == null || skill.skillCode() == null || skill.level() == null) {
                problems.add(new FieldProblem(prefix + "requiredSkills", "project.validation.skills.incomplete"));
            } else if (!skillExists.test(skill.skillCode())) {
                problems.add(new FieldProblem(prefix + "requiredSkills", "project.validation.skills.unknown",
                        skill.skillCode()));
            } else if (!seen.add(skill.skillCode())) {
                problems.add(new FieldProblem(prefix + "requiredSkills", "project.validation.skills.duplicate"));
            }
        }
    }

    /** What a seat still lacks before submission. */
    private static void seatComplete(List<FieldProblem> problems, String prefix, SeatSpec seat) {
        if (blank(seat.roleTitle())) {
            problems.add(new FieldProblem(prefix + "roleTitle", "project.validation.required"));
        }
        if (seat.hours() == 0) {
            problems.add(new FieldProblem(prefix + "hours", "project.validation.hours.range", SeatSpec.MIN_HOURS,
                    SeatSpec.MAX_HOURS));
        }
        if (seat.requiredSkills().isEmpty()) {
            problems.add(new FieldProblem(prefix + "requiredSkills", "project.validation.skills.none"));
        }
        if (seat.providerKind() == null) {
            problems.add(new FieldProblem(prefix + "providerKind", "project.validation.required"));
        }
        if (seat.workingLanguage() == null) {
            problems.add(new FieldProblem(prefix + "workingLanguage", "project.validation.required"));
        }
        if (!seat.remote() && seat.region() == null) {
            problems.add(new FieldProblem(prefix + "region", "project.validation.seat.regionRequired"));
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "project.validation.tooLong", max));
        }
    }

    private static void outOfRange(List<FieldProblem> problems, String field, LocalDate date) {
        if (!SaneDates.isSane(date)) {
            problems.add(new FieldProblem(field, SaneDates.MESSAGE_KEY));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "project.validation.required"));
        }
    }

    private static boolean blank(String value) {
        return RequiredText.isBlank(value);
    }
}
