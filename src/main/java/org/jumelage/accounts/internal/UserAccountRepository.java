package org.jumelage.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jumelage.accounts.Role;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface UserAccountRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByEmailKey(String emailKey);

    Optional<UserAccount> findByVerificationTokenHash(String hash);

    Optional<UserAccount> findByResetTokenHash(String hash);

    boolean existsByEmailKey(String emailKey);

    boolean existsByRolesContaining(Role role);

    List<UserAccount> findByRolesIn(Collection<Role> roles);

    List<UserAccount> findByEmailVerifiedFalseAndCreatedAtBefore(java.time.Instant before);
}
