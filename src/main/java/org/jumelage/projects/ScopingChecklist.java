package org.jumelage.projects;

/**
 * The scoping checklist that helps a non-technical person describe a well-scoped project.
 *
 * @param deliverables        what will be handed over at the end
 * @param decisionMaker       who decides for the organisation
 * @param dataAccess          how providers will get access to the data (when data is involved)
 * @param staffHoursPerMonth  time the organisation's own staff will give, per month
 */
public record ScopingChecklist(String deliverables, String decisionMaker, String dataAccess, Integer staffHoursPerMonth) {

    public static ScopingChecklist empty() {
        return new ScopingChecklist("", "", "", null);
    }
}
