package org.expodesk.badge.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BadgeTypeRepository extends JpaRepository<BadgeType, Long> {

    List<BadgeType> findByEventIdOrderBySortOrder(long eventId);

    boolean existsByEventId(long eventId);
}
