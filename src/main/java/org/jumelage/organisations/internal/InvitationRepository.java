package org.jumelage.organisations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface InvitationRepository extends MongoRepository<Invitation, String> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganisationIdAndStateOrderByCreatedAtDesc(String organisationId, Invitation.State state);

    List<Invitation> findByOrganisationIdAndEmailKeyAndState(String organisationId, String emailKey,
            Invitation.State state);
}
