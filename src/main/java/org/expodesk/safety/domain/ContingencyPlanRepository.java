package org.expodesk.safety.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContingencyPlanRepository extends JpaRepository<ContingencyPlan, Long> {

    List<ContingencyPlan> findByEventIdOrderByKind(long eventId);

    boolean existsByEventId(long eventId);
}
