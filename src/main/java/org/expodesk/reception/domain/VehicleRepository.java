package org.expodesk.reception.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

    List<Vehicle> findByEventIdOrderByIdAsc(long eventId);

    boolean existsByEventIdAndPlate(long eventId, String plate);
}
