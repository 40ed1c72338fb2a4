package org.expodesk.countdown.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DailySummaryRepository extends JpaRepository<DailySummaryEntry, Long> {

    Optional<DailySummaryEntry> findByEventIdAndDay(long eventId, LocalDate day);

    boolean existsByEventIdAndDay(long eventId, LocalDate day);

    Page<DailySummaryEntry> findByEventIdOrderByDayDesc(long eventId, Pageable pageable);

    long countByEventId(long eventId);
}
