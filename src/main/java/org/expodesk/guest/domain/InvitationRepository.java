package org.expodesk.guest.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByEventIdAndGuestId(long eventId, long guestId);

    List<Invitation> findByGuestId(long guestId);

    List<Invitation> findByCampaignIdOrderByIdAsc(long campaignId);

    long countByCampaignId(long campaignId);

    /** Per campaign and status: the campaign's progress. */
    @Query("select i.campaignId, i.status, count(i) from Invitation i where i.eventId = :eventId group by i.campaignId, i.status")
    List<Object[]> countByCampaignAndStatus(long eventId);
}
