package org.expodesk.reception;

import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.unique;

import java.time.LocalDateTime;
import java.util.List;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.TestData;

/**
 * Accepted guests for the lodging tests (service and screen): invited in a campaign of the event, answering the
 * RSVP through their link with a train there and back, as a guest would.
 */
public final class LodgingFixtures {

    private final GuestService guests;
    private final CampaignService campaigns;
    private final RsvpService rsvp;
    private final long campaignId;

    public LodgingFixtures(GuestService guests, CampaignService campaigns, RsvpService rsvp, long eventId) {
        this.guests = guests;
        this.campaigns = campaigns;
        this.rsvp = rsvp;
        this.campaignId = campaigns.create(eventId, CampaignDraft.of(unique("客商邀请"), "Merchants", 50, null, null)).id();
    }

    /** A guest with companions who accepts, arriving and leaving at the times given (none when null). */
    public GuestSummary accepted(String nameZh, String nameEn, int companions, LocalDateTime arrival, LocalDateTime departure) {
        long eventId = campaigns.find(campaignId).eventId();
        GuestDraft draft = guest(nameZh, nameEn, unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile());
        GuestSummary guest = guests.create(eventId, draft);
        campaigns.invite(campaignId, List.of(guest.id()));
        long invitation = campaigns.invitations(campaignId).stream().filter(i -> i.guest().id() == guest.id()).findFirst().orElseThrow().id();
        String link = campaigns.issueLink(invitation).link();
        AppUser office = CurrentUser.require();
        TestData.signOut();
        RsvpForm form = RsvpForm.accept();
        if (arrival != null) {
            form.arriving(TravelMode.TRAIN, "G1653", "云溪南站", arrival);
        }
        if (departure != null) {
            form.leaving(TravelMode.TRAIN, "G1654", "云溪南站", departure);
        }
        form.setCompanions(companions);
        rsvp.answer(link.substring(link.lastIndexOf('/') + 1), "10.0.0.8", form);
        TestData.signInAs(office);
        return guests.find(guest.id()).orElseThrow();
    }
}
