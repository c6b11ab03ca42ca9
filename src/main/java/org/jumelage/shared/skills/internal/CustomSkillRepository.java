package org.jumelage.shared.skills.internal;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CustomSkillRepository extends MongoRepository<CustomSkill, String> {

    Optional<CustomSkill> findByCode(String code);
}
