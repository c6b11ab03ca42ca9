package org.jumelage.firms.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FirmInvitationRepository extends MongoRepository<FirmInvitation, String> {

    Optional<FirmInvitation> findByTokenHash(String tokenHash);

    List<FirmInvitation> findByFirmIdAndStateOrderByCreatedAtDesc(String firmId, FirmInvitation.State state);

    List<FirmInvitation> findByFirmIdAndEmailKeyAndState(String firmId, String emailKey, FirmInvitation.State state);
}
