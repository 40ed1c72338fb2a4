package org.expodesk.safety.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    List<ChecklistTemplate> findByCurrentTrueOrderByDomainAscFamilyKeyAsc();

    List<ChecklistTemplate> findByFamilyKeyOrderByRevisionDesc(String familyKey);

    /** The revision being replaced, locked so two editors cannot both save "revision n + 1". */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ChecklistTemplate> findWithLockById(long id);

    boolean existsByFamilyKey(String familyKey);
}
