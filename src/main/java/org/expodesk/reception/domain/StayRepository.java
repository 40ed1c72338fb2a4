package org.expodesk.reception.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StayRepository extends JpaRepository<Stay, Long> {

    List<Stay> findByEventIdOrderByIdAsc(long eventId);

    Optional<Stay> findByGuestId(long guestId);

    long countByBlockId(long blockId);

    long countByBlockIdIn(List<Long> blockIds);
}
