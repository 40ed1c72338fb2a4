package org.expodesk.booth.domain;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HallRepository extends JpaRepository<Hall, Long> {

    List<Hall> findByEventIdOrderBySortOrderAscCodeAsc(long eventId);

    Optional<Hall> findByEventIdAndCode(long eventId, String code);

    /**
     * The hall, locked until the transaction ends. Every change to a hall's plan takes this lock first, so two
     * editors generating or moving booths in one hall at the same time are checked one after the other and
     * cannot together create booths that overlap (no database constraint could catch that).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from Hall h where h.id = :id")
    Optional<Hall> findLocked(@Param("id") long id);
}
