package org.jumelage.training.internal;

import java.util.List;
import java.util.Optional;

import org.jumelage.training.CourseStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CourseRepository extends MongoRepository<Course, String> {

    List<Course> findByCodeOrderByRevisionDesc(String code);

    Optional<Course> findFirstByCodeOrderByRevisionDesc(String code);

    Optional<Course> findFirstByCodeAndStatus(String code, CourseStatus status);

    List<Course> findByStatus(CourseStatus status);

    boolean existsByCode(String code);
}
