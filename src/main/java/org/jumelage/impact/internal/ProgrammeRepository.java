package org.jumelage.impact.internal;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeRepository extends MongoRepository<Programme, String> {

    List<Programme> findAllByOrderByNameAsc();
}
