package org.jumelage.training;

import java.time.YearMonth;

/** Courses completed in a month (UTC) by members of one organisation, or by learners of none (null). */
public record CompletionTally(String organisationId, YearMonth month, long completions) {
}
