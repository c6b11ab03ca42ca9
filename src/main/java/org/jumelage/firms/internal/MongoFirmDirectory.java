package org.jumelage.firms.internal;

import java.util.List;
import java.util.Optional;

import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmSummary;
import org.springframework.stereotype.Component;

/** Summaries only, so no permission check: nothing here is private. */
@Component
class MongoFirmDirectory implements FirmDirectory {

    private final FirmRepository firms;
    private final ObligationRepository obligations;

    MongoFirmDirectory(FirmRepository firms, ObligationRepository obligations) {
        this.firms = firms;
        this.obligations = obligations;
    }

    @Override
    public Optional<FirmSummary> find(String firmId) {
        return firmId == null ? Optional.empty() : firms.findById(firmId).map(Firm::toSummary);
    }

    @Override
    public Optional<FirmSummary> ofMember(String userId) {
        return userId == null ? Optional.empty() : firms.findFirstByMembers(userId).map(Firm::toSummary);
    }

    @Override
    public List<String> memberIds(String firmId) {
        return firmId == null ? List.of() : firms.findById(firmId).map(Firm::memberIds).orElse(List.of());
    }

    @Override
    public Optional<String> firmOfObligation(String obligationId) {
        return obligationId == null ? Optional.empty() : obligations.findById(obligationId).map(Obligation::getFirmId);
    }
}
