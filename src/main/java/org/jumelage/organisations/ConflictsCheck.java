package org.jumelage.organisations;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.shared.domain.ConflictOfInterest;

/**
 * The rules of a list of declared conflicts of interest that Bean Validation cannot check: each
 * organisation is verified (or was already declared, so a later change of its status does not make
 * the profile unsavable) and is declared once.
 */
public final class ConflictsCheck {

    private ConflictsCheck() {
    }

    /**
     * Problems by property ({@code <field>[i].organisationId}), as translation keys; empty when the
     * list is acceptable.
     *
     * @param declared organisation ids the profile declares now (accepted whatever their status)
     */
    public static Map<String, String> problems(String field, List<ConflictOfInterest> conflicts,
            Collection<String> declared, OrganisationDirectory organisations) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (conflicts.size() > ConflictOfInterest.MAX_PER_PROFILE) {
            problems.put(field, "conflict.tooMany");
            return problems;
        }
        Map<String, OrganisationSummary> known = organisations.findAll(conflicts.stream()
                .map(ConflictOfInterest::organisationId).filter(id -> id != null && !id.isBlank()).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < conflicts.size(); i++) {
            ConflictOfInterest conflict = conflicts.get(i);
            String property = field + "[" + i + "].organisationId";
            if (conflict == null || conflict.organisationId() == null || conflict.organisationId().isBlank()) {
                problems.putIfAbsent(property, "conflict.organisation.required");
                continue;
            }
            OrganisationSummary organisation = known.get(conflict.organisationId());
            if (organisation == null || !organisation.isVerified() && !declared.contains(conflict.organisationId())) {
                problems.putIfAbsent(property, "conflict.organisation.unknown");
            } else if (!seen.add(conflict.organisationId())) {
                problems.putIfAbsent(property, "conflict.organisation.duplicate");
            }
        }
        return problems;
    }
}
