package org.jumelage.firms.internal;

import java.time.LocalDate;
import java.util.List;

import org.jumelage.firms.ObligationStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ObligationRepository extends MongoRepository<Obligation, String> {

    List<Obligation> findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(String firmId);

    List<Obligation> findByStatusAndExpiryDateLessThanEqual(ObligationStatus status, LocalDate date);
}
