package org.jumelage.accounts.internal;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ConsentRecordRepository extends MongoRepository<ConsentRecord, String> {

    List<ConsentRecord> findByUserIdOrderByGivenAtAsc(String userId);
}
