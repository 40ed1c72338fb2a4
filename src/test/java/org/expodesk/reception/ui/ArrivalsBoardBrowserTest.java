package org.expodesk.reception.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.VehicleDraft;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The arrivals board in a real browser: a reception user sees a guest who answered with a train arrival, groups the
 * day into trips and sends a car. Screenshots in Chinese and English, desktop and phone, go to target/playwright/.
 */
@RunningApp
@OnChromium
class ArrivalsBoardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    EventService events;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    PickupService pickups;

    @Test
    void a_reception_user_sees_the_train_arrival_puts_the_guest_in_a_trip_and_sends_a_car(Page page) {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(20));
        LocalDate day = event.startDate().minusDays(1);
        GuestSummary huang = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile()));
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id()));
        String link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        pickups.addVehicle(event.id(), new VehicleDraft("浙G·A1234", 6, "张建华", "13905791001"));
        AppUser reception = data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id());
        TestData.signOut();
        rsvp.answer(link.substring(link.lastIndexOf('/') + 1), "10.0.0.11",
                RsvpForm.accept().arriving(TravelMode.TRAIN, "G1653", "云溪南站", LocalDateTime.of(day, LocalTime.of(15, 42))));

        signIn(page, reception);
        page.navigate(url("/reception/arrivals"));
        page.locator("#board-day input").fill(day.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
        page.locator("#board-day input").press("Enter");
        assertThat(page.locator("#board-arrivals")).containsText("G1653 云溪南站");
        page.locator("#board-group").click();
        assertThat(page.locator("#board-trip-list")).containsText("云溪南站 · 15:42–16:27");
        page.locator("#board-trip-list vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("浙G·A1234")).click();
        assertThat(page.locator("#board-trip-list")).containsText("黄志强 G1653");
        ChromiumBrowser.screenshot(page, "reception-board-zh");
        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "reception-board-zh-390");
        page.setViewportSize(1280, 800);
        page.locator("#lang-en").click();
        assertThat(page.locator("#board-arrivals")).containsText("Huang Zhiqiang");
        ChromiumBrowser.screenshot(page, "reception-board-en");
    }

    private void signIn(Page page, AppUser user) {
        data.admin();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
