package org.jumelage.matching.review;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OpenSeatRepository extends MongoRepository<OpenSeatRecord, String> {

    List<OpenSeatRecord> findByRunIdOrderByRecordedAtAscIdAsc(String runId);

    void deleteByProjectIdAndSeatId(String projectId, String seatId);
}
