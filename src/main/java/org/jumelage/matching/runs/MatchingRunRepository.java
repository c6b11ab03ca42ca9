package org.jumelage.matching.runs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MatchingRunRepository extends MongoRepository<MatchingRun, String> {

    List<MatchingRun> findByOrderByQueuedAtDesc(Pageable page);

    List<MatchingRun> findByStatusIn(Collection<RunStatus> statuses);
}
