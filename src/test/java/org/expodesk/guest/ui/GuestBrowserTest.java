package org.expodesk.guest.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.expodesk.guest.GuestFixtures.unique;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A guest answers the invitation on a phone with a train arrival; the office's guest and campaign screens in both
 * languages (screenshots in target/playwright/guests-*.png).
 */
@RunningApp
@OnChromium
class GuestBrowserTest {

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

    EventSummary event;
    AppUser organiser;
    CampaignSummary campaign;
    GuestSummary huang;
    String link;

    @BeforeEach
    void anInvitedGuest() {
        TestData.signInAs(data.admin());
        EventDraft d = new EventDraft();
        d.setNameZh("第四届云溪小商品博览会");
        d.setNameEn("4th Yunxi Small Commodities Expo");
        d.setKind(EventKind.EXPO);
        d.setStartDate(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30));
        d.setEndDate(d.getStartDate().plusDays(2));
        d.setTimeZone("Asia/Shanghai");
        d.setVenueNameZh("云溪国际会展中心");
        d.setVenueNameEn("Yunxi International Expo Centre");
        event = events.create(d);
        organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        GuestDraft g = GuestDraft.of("黄志强", "Huang Zhiqiang", "董事长", "厦门海晟投资有限公司", GuestCategory.MERCHANT, "13905001003");
        g.setOrigin("福建省厦门市");
        huang = guests.create(event.id(), g);
        guests.create(event.id(), GuestDraft.of("林建华", "Lin Jianhua", "总经理", "泉州鸿运鞋业", GuestCategory.BUYER, "13905001004"));
        CampaignDraft c = CampaignDraft.of("福建客商邀请", "Fujian merchants", 50, null, null);
        c.setProgrammeZh("开幕当天上午9:00开幕式；下午小商品城推介会。");
        c.setProgrammeEn("Opening day: opening ceremony at 09:00; afternoon: promotion meeting.");
        campaign = campaigns.create(event.id(), c);
        campaigns.invite(campaign.id(), List.of(huang.id()));
        link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        TestData.signOut();
    }

    @Test
    void a_guest_answers_on_a_phone_with_a_train_arrival(Page page) {
        page.setViewportSize(390, 844);
        page.navigate(url("/rsvp/" + link.substring(link.lastIndexOf('/') + 1)));

        assertThat(page.locator("#rsvp-event")).hasText("第四届云溪小商品博览会");
        assertThat(page.locator("#rsvp-greeting")).containsText("黄志强");
        ChromiumBrowser.screenshot(page, "guests-rsvp-zh-390");
        page.locator("#rsvp-arrival-mode").click();
        page.locator("#rsvp-arrival-mode vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("火车")).click();
        page.locator("#rsvp-arrival-number input").fill("G1653");
        page.locator("#rsvp-arrival-place input").fill("云溪南站");
        LocalDate day = event.startDate().minusDays(1);
        page.locator("#rsvp-arrival-at input").first().fill(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
        page.locator("#rsvp-arrival-at input").first().press("Tab");
        page.locator("#rsvp-arrival-at input").last().fill("15:42");
        page.locator("#rsvp-arrival-at input").last().press("Tab");
        page.locator("#rsvp-dietary input").fill("清真");
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        ChromiumBrowser.screenshot(page, "guests-rsvp-zh-390-filled");
        page.locator("#rsvp-dietary input").press("Tab");
        page.locator("#rsvp-save").dispatchEvent("click");

        assertThat(page.locator("#rsvp-saved")).containsText("感谢");
        TestData.signInAs(organiser);
        GuestSummary answered = guests.find(huang.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(answered.answer()).isEqualTo(RsvpAnswer.ACCEPTED);
        org.assertj.core.api.Assertions.assertThat(answered.arrival().mode()).isEqualTo(TravelMode.TRAIN);
        org.assertj.core.api.Assertions.assertThat(answered.arrival().number()).isEqualTo("G1653");
        org.assertj.core.api.Assertions.assertThat(answered.arrival().at().toLocalDateTime()).isEqualTo(day.atTime(15, 42));
        TestData.signOut();

        page.locator("#lang-en").click();
        assertThat(page.locator("#rsvp-event")).hasText("4th Yunxi Small Commodities Expo");
        assertThat(page.locator("#rsvp-greeting")).containsText("Huang Zhiqiang");
        assertThat(page.locator("#rsvp-arrival-number input")).hasValue("G1653");
        ChromiumBrowser.screenshot(page, "guests-rsvp-en-390");
    }

    @Test
    void the_office_screens_in_both_languages(Page page) {
        page.setViewportSize(1280, 800);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(organiser.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        for (String lang : List.of("zh", "en")) {
            page.navigate(url("/guests"));
            if (!page.locator("#lang-" + lang).isDisabled()) {
                page.locator("#lang-" + lang).click();
            }
            assertThat(page.locator("#guest-grid")).containsText(lang.equals("zh") ? "黄志强" : "Huang Zhiqiang");
            ChromiumBrowser.screenshot(page, "guests-list-" + lang);
            page.locator("#guest-add").click();
            assertThat(page.locator("vaadin-dialog-overlay[opened]:not([opening])")).hasCount(1);
            ChromiumBrowser.screenshot(page, "guests-form-" + lang);
            page.keyboard().press("Escape");
            page.navigate(url("/campaigns"));
            assertThat(page.locator("#invitation-grid")).containsText(lang.equals("zh") ? "黄志强" : "Huang Zhiqiang");
            ChromiumBrowser.screenshot(page, "guests-campaigns-" + lang);
            page.locator(".invitation-link").first().click();
            assertThat(page.locator("#guest-link-text")).isVisible();
            ChromiumBrowser.screenshot(page, "guests-link-" + lang);
            page.keyboard().press("Escape");
            page.navigate(url("/guests/import"));
            ChromiumBrowser.screenshot(page, "guests-import-" + lang);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
