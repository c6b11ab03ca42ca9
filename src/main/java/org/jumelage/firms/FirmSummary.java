package org.jumelage.firms;

import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;

/** What other features may know of a firm: no contacts, no members. */
public record FirmSummary(String id, String name, SizeBand size, Set<Region> regions, Set<WorkingLanguage> languages,
        FirmStatus status) {
}
