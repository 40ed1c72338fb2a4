package org.expodesk.guest.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuestHistoryRepository extends JpaRepository<GuestHistoryEntry, Long> {

    List<GuestHistoryEntry> findByGuestIdOrderByAtAscIdAsc(long guestId);
}
