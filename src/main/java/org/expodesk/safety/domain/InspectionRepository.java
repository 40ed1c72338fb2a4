package org.expodesk.safety.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    long countByEventIdAndDay(long eventId, LocalDate day);

    long countByEventIdAndDayAndOutcome(long eventId, LocalDate day, String outcome);

    List<Inspection> findTop20ByTargetIdOrderByInspectedAtDesc(long targetId);
}
