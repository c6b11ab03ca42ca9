package org.jumelage.firms.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FirmRepository extends MongoRepository<Firm, String> {

    Optional<Firm> findFirstByMembers(String userId);

    boolean existsByMembers(String userId);

    boolean existsByNeq(String neq);

    Optional<Firm> findByNeq(String neq);
}
