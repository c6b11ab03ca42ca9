package org.jumelage.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jumelage.accounts.AccountAdministration;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationFilter;
import org.jumelage.projects.CatalogueEntry;
import org.jumelage.projects.CatalogueQuery;
import org.jumelage.projects.CatalogueSort;
import org.jumelage.shared.audit.AuditFilter;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.skills.SkillAdministration;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.jumelage.volunteers.VolunteerFilter;
import org.jumelage.volunteers.VolunteerSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Search boxes under hostile text: the public catalogue, the organisation directory and review list,
 * the firms' review list, the accounts, volunteers, skills and audit journal searches. None fails;
 * the text is looked for as typed (accents and case aside), never read as a regular expression or a
 * MongoDB operator: ".*" or "$where" find only what literally holds them. A text of a million characters
 * is looked for by its first {@value SearchText#MAX_QUERY}, so that it cannot hold the store up.
 */
class HostileSearchTextProperties extends FirmsTestSupport {

    /** Texts that would match everything if they were read as patterns or operators. */
    private static final List<String> PATTERNS = List.of(".*", "^.+$", "[a-z]+", "\\w", "(?i)S", "a|s", "$where",
            "{\"$ne\": null}", "\\E.*\\Q", "(", "[", "*", "+", "?", "\\", ".+", "%", "_");

    @Autowired
    AccountAdministration accountAdministration;
    @Autowired
    VolunteerSearch volunteerSearch;
    @Autowired
    SkillAdministration skills;
    @Autowired
    AuditTrail audit;

    private static Arbitrary<String> queries() {
        return Arbitraries.oneOf(Hostile.any(), Arbitraries.of(PATTERNS));
    }

    private static <T> T answered(Supplier<T> search) {
        var outcome = Refusals.attempt(search);
        assertThat(outcome.accepted()).as("a search refused with " + outcome.refusedWith()).isTrue();
        return outcome.value();
    }

    private static boolean holdsEveryWord(String haystack, String query) {
        String text = SearchText.normalise(haystack);
        return Arrays.stream(SearchText.query(query).split(" ")).allMatch(text::contains);
    }

    @Test
    void hostile_search_texts_never_fail_and_find_only_what_holds_them_literally() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Person osbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Recherche " + mark);
        OrganisationDetails organisation = registered(osbl, "Sans motif " + mark);
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Firme cherchée"), "Sans motif " + mark);
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination des recherches"));
        review.verify(organisation.id(), organisation.version());
        assertThat(directory.verified(mark, 0, 10)).extracting(o -> o.id()).contains(organisation.id());
        assertThat(firmReview.search(null, mark.toUpperCase(Locale.ROOT), 0, 10)).extracting(FirmDetails::id)
                .contains(firm.id());

        Person admin = person(Role.ADMIN, Locale.FRENCH, "Administration des recherches");
        Hostile.forAll("search text", 120, queries(), q -> {
            signIn(admin);
            List<CatalogueEntry> catalogue = answered(() -> projects.catalogue(new CatalogueQuery(q, null, null, null,
                    null, false, CatalogueSort.NEWEST), 0, 20));
            answered(() -> projects.countCatalogue(new CatalogueQuery(q, null, null, null, null, false, null)));
            assertThat(catalogue).allSatisfy(e -> assertThat(holdsEveryWord(e.title() + " " + e.summary(), q)).isTrue());

            var verified = answered(() -> directory.verified(q, 0, 20));
            var organisations = answered(() -> review.search(new OrganisationFilter(null, null, null, q), 0, 20));
            answered(() -> review.count(new OrganisationFilter(null, null, null, q)));
            var firmsFound = answered(() -> firmReview.search(null, q, 0, 20));
            answered(() -> firmReview.count(null, q));
            answered(() -> accountAdministration.search(q, 0, 20));
            answered(() -> accountAdministration.count(q));
            answered(() -> volunteerSearch.search(new VolunteerFilter(null, null, null, null, null, q), 0, 20));
            answered(() -> audit.search(new AuditFilter(null, null, null, q, q), 0, 20));
            List<Skill> found = answered(() -> skills.search(q, null));
            assertThat(found).allSatisfy(s -> assertThat(
                    holdsEveryWord(s.code() + " " + s.labelFr() + " " + s.labelEn(), q)).isTrue());

            if (PATTERNS.contains(q)) {
                assertThat(verified).extracting(o -> o.id()).doesNotContain(organisation.id());
                assertThat(organisations).extracting(OrganisationDetails::id).doesNotContain(organisation.id());
                assertThat(firmsFound).extracting(FirmDetails::id).doesNotContain(firm.id());
            }
        });
    }
}
