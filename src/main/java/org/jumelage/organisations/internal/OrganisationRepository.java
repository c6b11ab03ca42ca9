package org.jumelage.organisations.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

    Optional<Organisation> findFirstByMembers(String userId);

    boolean existsByMembers(String userId);

    boolean existsByNeq(String neq);
}
