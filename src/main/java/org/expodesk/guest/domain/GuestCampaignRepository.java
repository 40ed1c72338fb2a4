package org.expodesk.guest.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuestCampaignRepository extends JpaRepository<GuestCampaign, Long> {

    List<GuestCampaign> findByEventIdOrderByIdAsc(long eventId);

    boolean existsByEventIdAndNameZh(long eventId, String nameZh);
}
