package org.jumelage.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/**
 * What an organisation's member types to describe it. Messages are translation keys. The service
 * trims every text and treats a blank optional text as absent before validating.
 *
 * @param neq         Québec enterprise number (numéro d'entreprise du Québec): ten digits, spaces
 *                    or hyphens between them allowed; stored as digits only
 * @param postalCode  optional Canadian postal code, {@code A1A 1A1} (case and the space are free)
 * @param website     optional http or https address
 */
public record OrganisationProfile(
        @NotBlank(message = "{organisation.legalName.required}")
        @Size(min = 2, max = 200, message = "{organisation.legalName.size}")
        String legalName,

        @NotBlank(message = "{organisation.neq.required}")
        @Pattern(regexp = NEQ_PATTERN, message = "{organisation.neq.invalid}")
        String neq,

        @NotNull(message = "{organisation.sector.required}")
        Sector sector,

        @NotNull(message = "{organisation.region.required}")
        Region region,

        @Size(max = 200, message = "{organisation.street.tooLong}")
        String street,

        @Size(max = 100, message = "{organisation.city.tooLong}")
        String city,

        @Pattern(regexp = POSTAL_CODE_PATTERN, message = "{organisation.postalCode.invalid}")
        String postalCode,

        @NotNull(message = "{organisation.employees.required}")
        EmployeeBand employees,

        @NotNull(message = "{organisation.volunteers.required}")
        VolunteerBand volunteers,

        @NotNull(message = "{organisation.budget.required}")
        BudgetBand budget,

        @Size(max = 2000, message = "{organisation.description.tooLong}")
        String description,

        @Size(max = 300, message = "{organisation.website.tooLong}")
        @Pattern(regexp = WEBSITE_PATTERN, message = "{organisation.website.invalid}")
        String website) {

    /** Ten digits, optionally separated by single spaces or hyphens. */
    public static final String NEQ_PATTERN = "\\d(?:[ -]?\\d){9}";

    /** Canada Post's letters: never D, F, I, O, Q, U; W and Z never first. */
    public static final String POSTAL_CODE_PATTERN =
            "(?i)[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d";

    /**
     * http or https only (never javascript: or data:), a dotted host name, then anything without spaces,
     * control or invisible formatting characters.
     */
    public static final String WEBSITE_PATTERN = "(?i)https?://[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+(?::\\d{1,5})?(?:[/?#][^\\s\\p{Cc}\\p{Cf}]*)?";

    /** The same profile with texts trimmed and blank optional texts absent. */
    public OrganisationProfile trimmed() {
        return new OrganisationProfile(trim(legalName), trim(neq), sector, region, trim(street), trim(city),
                trim(postalCode), employees, volunteers, budget, trim(description), trim(website));
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
