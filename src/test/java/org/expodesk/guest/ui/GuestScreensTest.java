package org.expodesk.guest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.unique;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guest screens without a browser: the list for office and for other roles, and the RSVP page's answer. */
class GuestScreensTest extends ScreenTest {

    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;

    EventSummary eventWithOrganiser(AppUser[] organiser) {
        EventSummary event = testData.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        organiser[0] = testData.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser[0]);
        return event;
    }

    @Test
    void the_office_sees_the_guests_of_the_current_event() {
        AppUser[] organiser = new AppUser[1];
        EventSummary event = eventWithOrganiser(organiser);
        guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", "厦门海晟投资", GuestCategory.MERCHANT, mobile()));

        navigate(GuestsView.class);

        @SuppressWarnings("unchecked")
        Grid<GuestSummary> grid = find(Grid.class).id("guest-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(find(Button.class).id("guest-add").isVisible()).isTrue();
    }

    @Test
    void a_volunteer_is_told_that_guests_are_not_theirs() {
        AppUser[] organiser = new AppUser[1];
        EventSummary event = eventWithOrganiser(organiser);
        TestData.signInAs(testData.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()));

        navigate(GuestsView.class);

        assertThat(find(Paragraph.class).id("guest-no-access").getText()).isNotBlank();
    }

    @Test
    void a_guest_answers_on_the_rsvp_page() {
        AppUser[] organiser = new AppUser[1];
        EventSummary event = eventWithOrganiser(organiser);
        GuestSummary huang = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", "厦门海晟投资", GuestCategory.MERCHANT, mobile()));
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), null, 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id()));
        String link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        TestData.signOut();

        navigate("rsvp/" + link.substring(link.lastIndexOf('/') + 1), RsvpView.class);
        test(find(TextField.class).id("rsvp-arrival-number")).setValue("G1653");
        test(find(Button.class).id("rsvp-save")).click();

        assertThat(find(Div.class).id("rsvp-saved").getElement().getTextRecursively()).isNotBlank();
        TestData.signInAs(organiser[0]);
        assertThat(guests.find(huang.id()).orElseThrow().answer()).isEqualTo(RsvpAnswer.ACCEPTED);
    }
}
