package org.jumelage.documents.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface VerificationRecordRepository extends MongoRepository<VerificationRecord, String> {

    Optional<VerificationRecord> findByCode(String code);
}
