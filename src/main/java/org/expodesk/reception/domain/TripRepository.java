package org.expodesk.reception.domain;

import java.time.Instant;
import java.util.List;
import org.expodesk.reception.TripDirection;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TripRepository extends JpaRepository<Trip, Long> {

    List<Trip> findByEventIdAndWindowStartBetweenOrderByWindowStartAscIdAsc(long eventId, Instant from, Instant until);

    List<Trip> findByEventIdAndDirectionOrderByWindowStartAsc(long eventId, TripDirection direction);

    List<Trip> findByEventIdAndVehicleIdIsNull(long eventId);
}
