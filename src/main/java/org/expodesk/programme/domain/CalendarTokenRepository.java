package org.expodesk.programme.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByToken(String token);

    Optional<CalendarToken> findByEventIdAndPersonId(long eventId, long personId);
}
