package org.expodesk.safety.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.expodesk.safety.TargetKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SafetyTargetRepository extends JpaRepository<SafetyTarget, Long> {

    Optional<SafetyTarget> findByQrToken(String qrToken);

    List<SafetyTarget> findByEventIdOrderByKindAscNameAsc(long eventId);

    Page<SafetyTarget> findByEventId(long eventId, Pageable pageable);

    Page<SafetyTarget> findByEventIdAndKind(long eventId, TargetKind kind, Pageable pageable);

    long countByEventId(long eventId);

    long countByEventIdAndKind(long eventId, TargetKind kind);

    List<SafetyTarget> findByHallIdAndKindIn(long hallId, Collection<TargetKind> kinds);

    @Query("select t.boothId from SafetyTarget t where t.eventId = ?1 and t.boothId is not null")
    List<Long> boothIdsOf(long eventId);

    @Query("select t.hallId from SafetyTarget t where t.eventId = ?1 and t.kind = org.expodesk.safety.TargetKind.HALL and t.hallId is not null")
    List<Long> hallIdsOf(long eventId);

    /** Targets of the event that had no inspection on the day (a date in the event's time zone). */
    @Query("""
            select count(t) from SafetyTarget t where t.eventId = ?1 and not exists (
              select 1 from Inspection i where i.targetId = t.id and i.day = ?2)""")
    long countNotInspectedOn(long eventId, java.time.LocalDate day);
}
