package org.jumelage.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.privacy.internal.Incident;
import org.jumelage.privacy.internal.IncidentRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The register of confidentiality incidents (Law 25, s. 3.8): every incident is entered, whatever its
 * risk; coordinators record and complete entries, never delete them. Concurrent edits are refused.
 */
@Service
public class IncidentRegister {

    private static final Logger log = LoggerFactory.getLogger(IncidentRegister.class);
    private static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private final IncidentRepository incidents;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final AuditTrail audit;

    IncidentRegister(IncidentRepository incidents, Validator validator, CurrentUser currentUser,
            AccountService accounts, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.incidents = incidents;
        this.validator = validator;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every entry, most recently discovered first. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<IncidentView> all() {
        return incidents.findAllByOrderByDiscoveredOnDesc().stream().map(this::view).toList();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public IncidentView record(IncidentCommand command) {
        validate(command);
        Incident saved = incidents.save(new Incident(command, currentUser.requireId()));
        log.warn("Confidentiality incident {} entered in the register by {} (serious injury risk: {})",
                saved.getId(), currentUser.requireId(), command.seriousInjuryRisk());
        audit.record(AuditAction.INCIDENT_RECORDED, AuditTarget.INCIDENT, saved.getId());
        return view(saved);
    }

    /** Completes or corrects an entry (e.g. the date the Commission was notified). */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public IncidentView update(String id, IncidentCommand command, long expectedVersion) {
        validate(command);
        Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentException("incident.notFound"));
        if (incident.getVersion() == null || incident.getVersion() != expectedVersion) {
            throw new IncidentException("common.concurrentEdit");
        }
        incident.apply(command);
        try {
            Incident saved = incidents.save(incident);
            log.info("Confidentiality incident {} updated by {}", id, currentUser.requireId());
            audit.record(AuditAction.INCIDENT_UPDATED, AuditTarget.INCIDENT, id);
            return view(saved);
        } catch (OptimisticLockingFailureException e) {
            throw new IncidentException("common.concurrentEdit");
        }
    }

    private void validate(IncidentCommand command) {
        if (command == null) {
            throw new IncidentException("incident.description.required");
        }
        Set<ConstraintViolation<IncidentCommand>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw IncidentException.of(violations);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.discoveredOn().isAfter(today)) {
            problems.put("discoveredOn", "incident.date.future");
        }
        if (command.occurredOn() != null && command.occurredOn().isAfter(command.discoveredOn())) {
            problems.put("occurredOn", "incident.occurredOn.afterDiscovery");
        }
        checkNotice("commissionNotifiedOn", command.commissionNotifiedOn(), command.discoveredOn(), today, problems);
        checkNotice("personsNotifiedOn", command.personsNotifiedOn(), command.discoveredOn(), today, problems);
        if (command.seriousInjuryRisk() && (command.riskAssessment() == null || command.riskAssessment().isBlank())) {
            problems.put("riskAssessment", "incident.riskAssessment.required");
        }
        if (!problems.isEmpty()) {
            throw new IncidentException(problems);
        }
    }

    private static void checkNotice(String field, LocalDate notifiedOn, LocalDate discoveredOn, LocalDate today,
            Map<String, String> problems) {
        if (notifiedOn == null) {
            return;
        }
        if (notifiedOn.isAfter(today)) {
            problems.put(field, "incident.date.future");
        } else if (notifiedOn.isBefore(discoveredOn)) {
            problems.put(field, "incident.notice.beforeDiscovery");
        }
    }

    private IncidentView view(Incident i) {
        String recordedBy = accounts.find(i.getRecordedBy()).map(UserSummary::displayName).orElse("");
        return new IncidentView(i.getId(), i.getVersion() == null ? 0 : i.getVersion(), i.getOccurredOn(),
                i.getDiscoveredOn(), i.getDescription(), i.getPersonalInformation(), i.getPersonsConcerned(),
                i.isSeriousInjuryRisk(), i.getRiskAssessment(), i.getCommissionNotifiedOn(), i.getPersonsNotifiedOn(),
                i.getMeasures(), recordedBy, i.getCreatedAt(), i.getUpdatedAt());
    }
}
