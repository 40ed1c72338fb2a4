package org.expodesk.reception;

import java.util.List;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.support.TestData;

/** A guest answering their invitation as on the public RSVP page (nobody signed in), for the reception tests. */
public final class RsvpAnswers {

    private RsvpAnswers() {
    }

    /** Invites the guest in the campaign, answers with the form, signs {@code staff} back in and returns the guest as now saved. */
    public static GuestSummary answer(CampaignService campaigns, RsvpService rsvp, GuestService guests, long campaignId,
            GuestSummary guest, RsvpForm form, AppUser staff) {
        campaigns.invite(campaignId, List.of(guest.id()));
        long invitation = campaigns.invitations(campaignId).stream().filter(i -> i.guest().id() == guest.id()).findFirst().orElseThrow().id();
        String link = campaigns.issueLink(invitation).link();
        TestData.signOut();
        rsvp.answer(link.substring(link.lastIndexOf('/') + 1), "10.0.0.8", form);
        TestData.signInAs(staff);
        return guests.find(guest.id()).orElseThrow();
    }
}
