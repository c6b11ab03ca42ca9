package org.jumelage.volunteers.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface VolunteerProfileRepository extends MongoRepository<VolunteerProfile, String> {

    Optional<VolunteerProfile> findByUserId(String userId);

    boolean existsByUserId(String userId);

    List<VolunteerProfile> findByConsentToShareTrue();
}
