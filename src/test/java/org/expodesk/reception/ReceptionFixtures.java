package org.expodesk.reception;

import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.TestData;
import org.jspecify.annotations.Nullable;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;

/** Builders for the reception tests: hotels, blocks and guests with companions. */
public final class ReceptionFixtures {

    private ReceptionFixtures() {
    }

    static HotelDraft hotel(String nameZh) {
        return new HotelDraft(nameZh, "Yunxi Hotel", "云溪市人民路 1 号", "王经理", "0571-88886666", new BigDecimal("3.5"));
    }

    static GuestSummary guestWith(GuestService guests, long eventId, String nameZh, int companions) {
        GuestDraft draft = guest(nameZh, null, unique("厦门贸易公司"), GuestCategory.MERCHANT, mobile());
        draft.setCompanions(companions);
        return guests.create(eventId, draft);
    }

    /**
     * A guest who accepted the invitation through the RSVP link with their companions and dietary needs; the caller
     * (an organiser of the event) is signed in again afterwards.
     */
    public static GuestSummary accepted(GuestService guests, CampaignService campaigns, RsvpService rsvp, long eventId, String nameZh,
            @Nullable String nameEn, int companions, @Nullable String dietary) {
        AppUser caller = CurrentUser.require();
        GuestSummary guest = guests.create(eventId, guest(nameZh, nameEn, unique("义乌商贸"), GuestCategory.BUYER, mobile()));
        CampaignSummary campaign = campaigns.create(eventId, CampaignDraft.of(unique("客商邀请"), null, 50, null, null));
        campaigns.invite(campaign.id(), List.of(guest.id()));
        String link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        TestData.signOut();
        RsvpForm form = RsvpForm.accept();
        form.setCompanions(companions);
        form.setDietary(dietary);
        rsvp.answer(link.substring(link.lastIndexOf('/') + 1), "10.0.0.8", form);
        TestData.signInAs(caller);
        return guests.find(guest.id()).orElseThrow();
    }

    static RoomBlockDraft twins(long hotelId, LocalDate firstNight, int nights, int rooms) {
        return RoomBlockDraft.counted(hotelId, RoomType.TWIN, firstNight, nights, rooms);
    }
}
