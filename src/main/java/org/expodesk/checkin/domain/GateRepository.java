package org.expodesk.checkin.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GateRepository extends JpaRepository<Gate, Long> {

    List<Gate> findByEventIdOrderByCode(long eventId);

    Optional<Gate> findByEventIdAndCode(long eventId, String code);
}
