package org.expodesk.reception.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomBlockRepository extends JpaRepository<RoomBlock, Long> {

    List<RoomBlock> findByEventIdOrderByHotelIdAscIdAsc(long eventId);

    List<RoomBlock> findByHotelId(long hotelId);
}
