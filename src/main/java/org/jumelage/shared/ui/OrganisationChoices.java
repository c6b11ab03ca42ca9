package org.jumelage.shared.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link ConflictsEditor} finds the organisations to choose from. The shared module knows no
 * organisation store: a view passes one backed by the organisations feature's public directory.
 */
public interface OrganisationChoices {

    /** An organisation as a choice: its id and the name shown. */
    record Choice(String id, String name) {
    }

    /** A page of the organisations one may choose, whose name contains the words typed. */
    List<Choice> find(String filter, int offset, int limit);

    /** Names of organisations already chosen, by id (unknown ids left out). */
    Map<String, String> names(Collection<String> ids);

    /** No organisation to choose (a form shown without the organisations feature). */
    static OrganisationChoices none() {
        return new OrganisationChoices() {
            @Override
            public List<Choice> find(String filter, int offset, int limit) {
                return List.of();
            }

            @Override
            public Map<String, String> names(Collection<String> ids) {
                return Map.of();
            }
        };
    }
}
