package org.expodesk.safety.domain;

import java.time.Instant;
import java.util.List;
import org.expodesk.safety.RectificationStatus;
import org.expodesk.safety.Severity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RectificationRepository extends JpaRepository<Rectification, Long> {

    Page<Rectification> findByEventIdAndStatus(long eventId, RectificationStatus status, Pageable pageable);

    Page<Rectification> findByEventId(long eventId, Pageable pageable);

    long countByEventIdAndStatus(long eventId, RectificationStatus status);

    long countByEventIdAndStatusAndDeadlineBefore(long eventId, RectificationStatus status, Instant at);

    /** Opened by {@code at} and not closed by then: what was open at that moment. */
    @Query("""
            select count(r) from Rectification r where r.eventId = ?1 and r.openedAt <= ?2
              and (r.closedAt is null or r.closedAt > ?2)""")
    long countOpenAt(long eventId, Instant at);

    @Query("""
            select count(r) from Rectification r where r.eventId = ?1 and r.openedAt <= ?2
              and (r.closedAt is null or r.closedAt > ?2) and r.deadline < ?2""")
    long countOverdueAt(long eventId, Instant at);

    List<Rectification> findByEventIdAndSeverityAndOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAt(long eventId,
            Severity severity, Instant from, Instant to);
}
