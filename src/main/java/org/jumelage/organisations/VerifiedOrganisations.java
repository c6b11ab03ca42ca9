package org.jumelage.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jumelage.shared.ui.OrganisationChoices;
import org.springframework.stereotype.Component;

/**
 * Verified organisations to choose from, by name (for declaring conflicts of interest). Names only,
 * which are public, so no caller check.
 */
@Component
public class VerifiedOrganisations implements OrganisationChoices {

    private final OrganisationDirectory directory;

    public VerifiedOrganisations(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Choice> find(String filter, int offset, int limit) {
        return directory.verified(filter, offset, limit).stream().map(o -> new Choice(o.id(), o.legalName())).toList();
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        return directory.findAll(ids).values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::legalName));
    }
}
