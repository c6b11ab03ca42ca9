package org.jumelage.projects;

/**
 * The ethics and job-impact questionnaire, required to submit a project.
 *
 * @param automatedTasks    which staff tasks the project automates
 * @param freedTimeUse      what the freed time will be used for
 * @param jobImpact         expected effect on jobs
 * @param consent           how consent to use personal data is obtained
 * @param minimisation      which data is kept to the minimum, and how
 * @param retention         how long data is kept and how it is destroyed
 * @param beneficiaryRisks  risks to beneficiaries (bias, exclusion) and their mitigation
 * @param humanOversight    who reviews automated decisions, and how a person can contest one
 */
public record EthicsAnswers(
        String automatedTasks,
        String freedTimeUse,
        JobImpact jobImpact,
        String consent,
        String minimisation,
        String retention,
        String beneficiaryRisks,
        String humanOversight) {

    public static EthicsAnswers empty() {
        return new EthicsAnswers("", "", null, "", "", "", "", "");
    }
}
