package org.expodesk.guest;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.domain.GuestCampaign;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints invitation letters of a campaign, one guest or all. Printing is sending: each letter gets a new RSVP link
 * (the one it prints), and drafted invitations become sent. Declined and closed invitations are not printed in a batch.
 */
@Service
public class InvitationLetters {

    private final CampaignService campaigns;
    private final GuestService guests;
    private final InvitationLetterRenderer renderer;

    InvitationLetters(CampaignService campaigns, GuestService guests, InvitationLetterRenderer renderer) {
        this.campaigns = campaigns;
        this.guests = guests;
        this.renderer = renderer;
    }

    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public void one(long campaignId, long invitationId, OutputStream out) {
        write(campaignId, List.of(invitationId), out);
    }

    @Transactional
    @PreAuthorize(GuestService.MANAGERS)
    public void batch(long campaignId, OutputStream out) {
        List<Long> ids = campaigns.invitations(campaignId).stream().filter(i -> !i.status().isFinal()).map(InvitationSummary::id).toList();
        write(campaignId, ids, out);
    }

    private void write(long campaignId, List<Long> invitationIds, OutputStream out) {
        CampaignSummary campaign = campaigns.find(campaignId);
        GuestCampaign entity = campaigns.load(campaignId);
        EventSummary event = guests.event(campaign.eventId());
        List<InvitationSummary> invited = campaigns.invitations(campaignId);
        List<InvitationLetter> letters = new ArrayList<>();
        for (long id : invitationIds) {
            InvitationSummary invitation = invited.stream().filter(i -> i.id() == id).findFirst()
                    .orElseThrow(() -> new org.expodesk.shared.domain.NotFoundException("invitation", id));
            IssuedLink link = campaigns.issueLink(id);
            letters.add(new InvitationLetter(event, invitation.guest(), entity.programmeZh(), entity.programmeEn(), campaign.deadline(),
                    link.link()));
        }
        renderer.render(letters, out);
    }
}
