package org.jumelage.training;

import java.util.List;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.training.internal.ScopingWaiver;
import org.jumelage.training.internal.ScopingWaiverRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;

/** Coordinators waive the scoping course for an organisation, with a reason, or revoke the waiver. */
@Service
public class ScopingWaivers {

    private static final Logger log = LoggerFactory.getLogger(ScopingWaivers.class);

    private final ScopingWaiverRepository waivers;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    public ScopingWaivers(ScopingWaiverRepository waivers, OrganisationDirectory organisations,
            CurrentUser currentUser, java.time.Clock clock) {
        this.waivers = waivers;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** @throws TrainingException when the reason is missing, the organisation unknown or already waived */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ScopingWaiverView waive(String organisationId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 1000) {
            throw new TrainingException("reason", "training.waiver.reason");
        }
        if (organisationId == null || organisations.find(organisationId).isEmpty()) {
            throw new TrainingException("organisation", "training.waiver.organisation");
        }
        try {
            ScopingWaiver saved = waivers.insert(new ScopingWaiver(organisationId, why, currentUser.requireId(),
                    clock.instant()));
            log.info("Scoping course waived for {} by {}", organisationId, saved.getGrantedBy());
            return new ScopingWaiverView(saved.getOrganisationId(), saved.getReason(), saved.getGrantedBy(),
                    saved.getGrantedAt());
        } catch (DuplicateKeyException e) {
            throw new TrainingException("organisation", "training.waiver.exists");
        }
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public void revoke(String organisationId) {
        waivers.findByOrganisationId(organisationId).ifPresent(w -> {
            waivers.delete(w);
            log.info("Scoping waiver of {} revoked by {}", organisationId, currentUser.requireId());
        });
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<ScopingWaiverView> all() {
        return waivers.findAll().stream().map(w -> new ScopingWaiverView(w.getOrganisationId(), w.getReason(),
                w.getGrantedBy(), w.getGrantedAt())).toList();
    }
}
