package org.expodesk.reception.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
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
import org.expodesk.reception.HotelDraft;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.RoomBlockDraft;
import org.expodesk.reception.RoomType;
import org.expodesk.reception.VehicleDraft;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4's reception flow in a real browser: a guest answers the invitation with a train arrival on the public RSVP
 * page; a reception user finds them on the arrivals board, groups the day into pickup trips, assigns a room from the
 * guest desk and downloads the personal itinerary, which names the guest and the train. Screenshots of the desk and
 * the board in Chinese, English and at 390 px go to target/playwright/.
 */
@RunningApp
@OnChromium
class ReceptionFlowBrowserTest {

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
    PickupService pickups;
    @Autowired
    LodgingService lodging;

    @Test
    void a_guest_answers_with_a_train_and_reception_fetches_lodges_and_prints_the_itinerary(Page page) throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, LocalDate.now().plusDays(25));
        LocalDate day = event.startDate().minusDays(1);
        GuestSummary huang = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile()));
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id()));
        String link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        pickups.addVehicle(event.id(), new VehicleDraft("浙G·A1234", 6, "张建华", "13905791001"));
        HotelSummary hotel = lodging.createHotel(event.id(), new HotelDraft(unique("云溪国际大酒店"), "Yunxi Grand Hotel",
                "云溪市人民路 1 号", "王经理", "0571-88886666", new BigDecimal("3.5")));
        lodging.addBlock(new RoomBlockDraft(hotel.id(), RoomType.TWIN, day, 3, 2, List.of("0806", "0807")));
        AppUser reception = data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id());
        TestData.signOut();

        // The guest, on the public page.
        page.navigate(url("/rsvp/" + link.substring(link.lastIndexOf('/') + 1)));
        // The first page of a fresh app on a busy machine can take longer than the default wait.
        assertThat(page.locator("#rsvp-greeting")).containsText("黄志强",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        leg(page, "arrival", "G1653", day, "15:42");
        leg(page, "departure", "G1654", day.plusDays(3), "10:05");
        Locator send = page.locator("#rsvp-save");
        send.scrollIntoViewIfNeeded();
        send.click();
        assertThat(page.locator("#rsvp-saved")).containsText("感谢");

        // Reception: the arrivals board of the day.
        signIn(page, reception);
        page.navigate(url("/reception/arrivals"));
        page.locator("#board-day input").fill(day.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
        page.locator("#board-day input").press("Enter");
        assertThat(page.locator("#board-arrivals")).containsText("G1653 云溪南站");
        page.locator("#board-group").click();
        assertThat(page.locator("#board-trip-list")).containsText("黄志强 G1653");
        assertThat(page.locator("#board-arrivals")).containsText("✓");
        ChromiumBrowser.screenshot(page, "reception-flow-board-zh");

        // The guest desk: a room, then the itinerary.
        page.navigate(url("/reception/guests"));
        Locator grid = page.locator("#desk-grid");
        assertThat(grid).containsText("黄志强");
        assertThat(grid).containsText("接站 云溪南站 15:42");
        page.locator(".desk-room").first().click();
        assertThat(page.locator("#assign-save")).isVisible();
        assertThat(page.locator("#assign-block")).containsText("剩 2 间");
        ChromiumBrowser.screenshot(page, "reception-desk-room-zh");
        page.locator("#assign-save").click();
        assertThat(grid).containsText(hotel.nameZh() + " 0806");
        assertThat(page.locator("#assign-save")).not().isAttached();
        ChromiumBrowser.screenshot(page, "reception-desk-zh");

        Download download = page.waitForDownload(() -> page.locator(".desk-itinerary").first().click());
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        org.assertj.core.api.Assertions.assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains("黄志强", "G1653", "云溪南站", "0806");

        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "reception-desk-zh-390");
        page.navigate(url("/reception/arrivals")); // before the fair the board opens on the day before opening
        assertThat(page.locator("#board-trip-list")).containsText("黄志强 G1653");
        ChromiumBrowser.screenshot(page, "reception-flow-board-zh-390");
        page.setViewportSize(1280, 800);
        page.locator("#lang-en").click();
        assertThat(page.locator("#board-arrivals")).containsText("Huang Zhiqiang");
        ChromiumBrowser.screenshot(page, "reception-flow-board-en");
        page.navigate(url("/reception/guests"));
        assertThat(page.locator("#desk-grid")).containsText("Huang Zhiqiang");
        ChromiumBrowser.screenshot(page, "reception-desk-en");
    }

    /** Fills one leg of the RSVP form: train, number, the station and the date and time. */
    private static void leg(Page page, String which, String number, LocalDate date, String time) {
        page.locator("#rsvp-" + which + "-mode").click();
        page.locator("#rsvp-" + which + "-mode vaadin-select-item").filter(new Locator.FilterOptions().setHasText("火车")).click();
        page.locator("#rsvp-" + which + "-number input").fill(number);
        page.locator("#rsvp-" + which + "-place input").fill("云溪南站");
        page.locator("#rsvp-" + which + "-at input").first().fill(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
        page.locator("#rsvp-" + which + "-at input").first().press("Tab");
        page.locator("#rsvp-" + which + "-at input").last().fill(time);
        page.locator("#rsvp-" + which + "-at input").last().press("Tab");
    }

    private void signIn(Page page, AppUser user) {
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
