package org.jumelage.matching.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jumelage.firms.ProviderRef;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MatchRepository extends MongoRepository<Match, String> {

    List<Match> findByRunIdOrderByProposedAtAscIdAsc(String runId);

    List<Match> findByStatusIn(Collection<MatchStatus> statuses);

    List<Match> findByProjectIdAndSeatIdAndStatusIn(String projectId, String seatId, Collection<MatchStatus> statuses);

    List<Match> findByProjectIdAndStatus(String projectId, MatchStatus status);

    Optional<Match> findFirstByStatusOrderByProposedAtDescIdDesc(MatchStatus status);

    Optional<Match> findByProviderTokenHash(String hash);

    Optional<Match> findByOsblTokenHash(String hash);

    List<Match> findByStatusAndExpiresAtLessThanEqual(MatchStatus status, Instant now);

    List<Match> findByStatusInAndOrganisationId(Collection<MatchStatus> statuses, String organisationId);

    List<Match> findByStatusInAndFirmId(Collection<MatchStatus> statuses, String firmId);

    List<Match> findByStatusInAndProviderKindAndProviderId(Collection<MatchStatus> statuses, ProviderRef.Kind kind,
            String providerId);
}
