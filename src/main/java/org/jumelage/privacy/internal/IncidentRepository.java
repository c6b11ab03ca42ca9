package org.jumelage.privacy.internal;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface IncidentRepository extends MongoRepository<Incident, String> {

    List<Incident> findAllByOrderByDiscoveredOnDesc();
}
