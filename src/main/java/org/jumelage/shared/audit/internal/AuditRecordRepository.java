package org.jumelage.shared.audit.internal;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Insert-only access to the audit log: no save, update or delete is exposed, so no code path can
 * change or remove an entry through it. Expired entries are removed by the trail's retention rule only.
 */
public interface AuditRecordRepository extends Repository<AuditRecord, String> {

    <S extends AuditRecord> S insert(S record);

    Optional<AuditRecord> findById(String id);
}
