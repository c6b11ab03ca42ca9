package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * Hours a firm still owes under one obligation, valid from {@code validFrom} to {@code expiry}. Skills,
 * languages, regions, conflicts and courses are the firm's; sector and region restrictions are the
 * obligation's (empty: any).
 */
public final class FirmObligation extends Provider {

    /** Days counted as one month when turning a firm's monthly capacity into hours over a window. */
    static final int DAYS_PER_MONTH = 30;

    private final String obligationId;
    private final Firm firm;
    private final int remainingHours;
    private final DateRange validity;
    private final Set<Sector> sectorRestrictions;
    private final Set<Region> regionRestrictions;

    public FirmObligation(String id, String obligationId, Firm firm, int remainingHours, LocalDate validFrom,
            LocalDate expiry, Set<Sector> sectorRestrictions, Set<Region> regionRestrictions) {
        super(id);
        this.obligationId = Objects.requireNonNull(obligationId, "obligationId");
        this.firm = Objects.requireNonNull(firm, "firm");
        this.remainingHours = remainingHours;
        this.validity = new DateRange(validFrom, expiry);
        this.sectorRestrictions = Set.copyOf(sectorRestrictions);
        this.regionRestrictions = Set.copyOf(regionRestrictions);
    }

    public String obligationId() {
        return obligationId;
    }

    public Firm firm() {
        return firm;
    }

    public String firmId() {
        return firm.id();
    }

    public int remainingHours() {
        return remainingHours;
    }

    public LocalDate validFrom() {
        return validity.start();
    }

    public LocalDate expiry() {
        return validity.end();
    }

    public DateRange validity() {
        return validity;
    }

    public Set<Sector> sectorRestrictions() {
        return sectorRestrictions;
    }

    public Set<Region> regionRestrictions() {
        return regionRestrictions;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.FIRM;
    }

    @Override
    public String displayName() {
        return firm.name() + " (" + obligationId + ")";
    }

    @Override
    public Map<String, SkillLevel> skills() {
        return firm.teamSkills();
    }

    @Override
    public Set<WorkingLanguage> languages() {
        return firm.languages();
    }

    @Override
    public Set<Region> regions() {
        return firm.regions();
    }

    @Override
    public Set<String> conflictsOfInterest() {
        return firm.conflictsOfInterest();
    }

    @Override
    public Set<String> completedCourses() {
        return firm.completedCourses();
    }

    @Override
    public boolean acceptsRemote() {
        return true;
    }

    /** The firm's monthly capacity over the days the obligation is valid within the window. */
    @Override
    public long deliverableHoursIn(DateRange window) {
        return (long) firm.monthlyCapacityHours() * validity.overlapDays(window) / DAYS_PER_MONTH;
    }
}
