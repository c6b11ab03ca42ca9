package org.jumelage.impact.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.Respondent;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EvaluationRequestRepository extends MongoRepository<EvaluationRequest, String> {

    Optional<EvaluationRequest> findByRequestKey(String requestKey);

    List<EvaluationRequest> findByProjectId(String projectId);

    List<EvaluationRequest> findByRespondentAndRespondentIdIn(Respondent respondent, Collection<String> respondentIds);

    List<EvaluationRequest> findByKindAndNotifiedAtIsNull(EvaluationKind kind);
}
