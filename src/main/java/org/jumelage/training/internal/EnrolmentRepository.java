package org.jumelage.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrolmentRepository extends MongoRepository<Enrolment, String> {

    Optional<Enrolment> findByUserIdAndCourseCode(String userId, String courseCode);

    List<Enrolment> findByUserIdOrderByEnrolledAtDesc(String userId);

    List<Enrolment> findByUserIdInAndCourseCodeAndCompletedAtNotNull(Collection<String> userIds, String courseCode);

    List<Enrolment> findByUserIdAndCompletedAtNotNull(String userId);

    List<Enrolment> findByUserIdInAndCompletedAtNotNull(Collection<String> userIds);
}
