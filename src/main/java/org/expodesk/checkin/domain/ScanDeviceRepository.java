package org.expodesk.checkin.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScanDeviceRepository extends JpaRepository<ScanDevice, Long> {

    Optional<ScanDevice> findByEnrolmentCodeHash(String hash);

    Optional<ScanDevice> findByTokenHashAndStatus(String hash, DeviceStatus status);

    List<ScanDevice> findByEventIdOrderByGateIdAscIdAsc(long eventId);
}
