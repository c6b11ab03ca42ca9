/**
 * Impact: evaluations of completed projects and their results. When a project is completed, its
 * organisation and each provider of its accepted matches are asked (in the app and by e-mail, with
 * one reminder after 7 days) to fill the standard survey; 90 days after completion the organisation
 * is asked whether the deliverables are still in use. Coordinators add programme questions (for
 * projects of chosen sectors and regions) after the standard part, which never changes, so results
 * stay comparable. {@link org.jumelage.impact.EvaluationOutcomes} gives aggregated results to the
 * dashboards, exports and the public page.
 * <p>
 * Sits on top of the other features: it may use projects, firms, organisations, volunteers,
 * matching, notifications and accounts; nothing depends on it.
 */
package org.jumelage.impact;
