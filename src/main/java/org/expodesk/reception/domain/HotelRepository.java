package org.expodesk.reception.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HotelRepository extends JpaRepository<Hotel, Long> {

    List<Hotel> findByEventIdOrderByNameZh(long eventId);

    boolean existsByEventIdAndNameZh(long eventId, String nameZh);

    Optional<Hotel> findByEventIdAndNameZh(long eventId, String nameZh);
}
