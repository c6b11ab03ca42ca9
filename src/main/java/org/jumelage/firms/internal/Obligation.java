package org.jumelage.firms.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.jumelage.firms.Balances;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.firms.ObligationView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Pro bono hours a firm owes under a contract or programme clause. Its balances live in the hours
 * ledger, never here. {@code warningsSent} records the expiry warnings (days before expiry) already
 * mailed; the job adds to it atomically, so each threshold is mailed once.
 */
@Document("obligations")
public class Obligation extends BaseDocument {

    private String firmId;
    private int hoursOwed;
    private String sourceReference;
    private LocalDate startDate;
    private LocalDate expiryDate;
    private Set<Sector> sectors = new LinkedHashSet<>();
    private Set<Region> regions = new LinkedHashSet<>();
    private ObligationStatus status = ObligationStatus.ACTIVE;
    private Set<Integer> warningsSent = new TreeSet<>();

    protected Obligation() {
    }

    public Obligation(String firmId, ObligationCommand command) {
        this.firmId = firmId;
        apply(command);
    }

    public void apply(ObligationCommand command) {
        this.hoursOwed = command.hoursOwed();
        this.sourceReference = command.sourceReference();
        this.startDate = command.startDate();
        this.expiryDate = command.expiryDate();
        this.sectors = new LinkedHashSet<>(command.sectors());
        this.regions = new LinkedHashSet<>(command.regions());
    }

    public void markExpired() {
        this.status = ObligationStatus.EXPIRED;
    }

    public void cancel() {
        this.status = ObligationStatus.CANCELLED;
    }

    public ObligationView toView(Balances balances) {
        return new ObligationView(getId(), firmId, hoursOwed, sourceReference, startDate, expiryDate, Set.copyOf(sectors),
                Set.copyOf(regions), status, balances, getVersion() == null ? 0 : getVersion());
    }

    public String getFirmId() {
        return firmId;
    }

    public int getHoursOwed() {
        return hoursOwed;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public ObligationStatus getStatus() {
        return status;
    }

    public Set<Sector> getSectors() {
        return Set.copyOf(sectors);
    }

    public Set<Region> getRegions() {
        return Set.copyOf(regions);
    }

    public Set<Integer> getWarningsSent() {
        return Set.copyOf(warningsSent);
    }
}
