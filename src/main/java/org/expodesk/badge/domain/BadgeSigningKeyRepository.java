package org.expodesk.badge.domain;

import java.util.List;
import java.util.Optional;
import org.expodesk.badge.BadgeKeyStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BadgeSigningKeyRepository extends JpaRepository<BadgeSigningKey, Long> {

    Optional<BadgeSigningKey> findByEventIdAndStatus(long eventId, BadgeKeyStatus status);

    List<BadgeSigningKey> findByEventIdOrderByKeyId(long eventId);

    List<BadgeSigningKey> findByStatus(BadgeKeyStatus status);

    @Query("select coalesce(max(k.keyId), 0) from BadgeSigningKey k where k.eventId = :eventId")
    int maxKeyId(long eventId);
}
