/**
 * Matching: the OptaPlanner model that assigns open project seats to firm obligations and volunteers,
 * its operator-editable configuration ({@code matching-config/}), the JSON problem and solution format,
 * the greedy baseline, the instance generator and the headless {@code solve} command.
 */
package org.jumelage.matching;
