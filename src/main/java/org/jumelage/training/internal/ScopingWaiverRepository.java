package org.jumelage.training.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ScopingWaiverRepository extends MongoRepository<ScopingWaiver, String> {

    Optional<ScopingWaiver> findByOrganisationId(String organisationId);

    boolean existsByOrganisationId(String organisationId);
}
