package org.expodesk.ceremony.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SigningCeremonyRepository extends JpaRepository<SigningCeremony, Long> {

    Optional<SigningCeremony> findBySessionId(long sessionId);

    /** Ids of the event's deals already on one of its ceremonies: a deal is signed once. */
    @Query(value = "select d.deal_id from signing_ceremony_deal d join signing_ceremony c on c.id = d.ceremony_id where c.event_id = :eventId",
            nativeQuery = true)
    List<Long> dealIdsOnCeremonies(@Param("eventId") long eventId);
}
