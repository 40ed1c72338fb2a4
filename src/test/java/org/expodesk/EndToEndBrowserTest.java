package org.expodesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.expodesk.event.EventSummary;
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
 * What a person does, end to end in a real browser: an organiser signs in, switches language both ways,
 * creates an event through the form and signs out; a volunteer signs in and cannot reach the events
 * screen. Screenshots of the dashboard in both languages, on a desktop and a phone, go to target/playwright/.
 */
@RunningApp
@OnChromium
class EndToEndBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void an_organiser_switches_language_creates_an_event_and_signs_out(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 38);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), expo.id());
        signIn(page, organiser);
        Locator nav = page.locator("#main-nav");
        assertThat(nav).containsText("活动管理");

        page.locator("#lang-en").click();
        assertThat(nav).containsText("Events");
        assertThat(nav).not().containsText("活动管理");

        page.locator("#lang-zh").click();
        assertThat(nav).containsText("活动管理");
        assertThat(nav).not().containsText("Events");

        nav.getByText("活动管理").click();
        page.waitForURL(url("/events"));
        assertThat(page.locator("#event-grid")).containsText("第四届云溪小商品博览会");

        String name = "第二十二届中国海西投资贸易洽谈会 " + unique("");
        page.locator("#event-new").click();
        page.locator("#event-name-zh input").fill(name);
        page.locator("#event-name-en input").fill("22nd Haixi Investment and Trade Fair");
        page.locator("#event-start input").fill("2027-09-08");
        page.locator("#event-start input").press("Enter");
        // The form proposes the closing day (opening + 2) from the server; typing before it arrives mixes the two.
        assertThat(page.locator("#event-end input")).hasValue("2027-09-10");
        page.locator("#event-end input").fill("2027-09-11");
        page.locator("#event-end input").press("Enter");
        page.locator("#event-save").click();
        assertThat(page.locator("#event-save")).isHidden();
        assertThat(page.locator("#event-grid")).containsText(name);

        page.navigate(url("/"));
        assertThat(page.locator("#dashboard-countdown")).isVisible();
        ChromiumBrowser.screenshot(page, "dashboard-zh");
        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "dashboard-zh-390");
        page.locator("#lang-en").click();
        assertThat(page.locator("#dashboard-countdown")).containsText("days");
        ChromiumBrowser.screenshot(page, "dashboard-en-390");
        page.setViewportSize(1280, 800);
        ChromiumBrowser.screenshot(page, "dashboard-en");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#dashboard-countdown")).containsText("天");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.locator("#login-notice")).isVisible();
        page.navigate(url("/events"));
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_volunteer_has_no_events_item_and_cannot_open_the_events_screen(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 38);
        AppUser volunteer = data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), expo.id());
        signIn(page, volunteer);
        Locator nav = page.locator("#main-nav");
        assertThat(nav).containsText("工作台");
        assertThat(nav).not().containsText("活动管理");

        page.navigate(url("/events"));

        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#event-grid")).hasCount(0);
        assertThat(page.locator("#event-new")).hasCount(0);
    }

    private void signIn(Page page, AppUser user) {
        data.admin(); // with no administrator at all, /login leads to the one-time setup screen instead
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        assertThat(page.locator("#main-nav")).isVisible();
        assertThat(page.locator("#main-nav")).not().isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String unique(String prefix) {
        return prefix + (prefix.isEmpty() ? "" : "-") + UUID.randomUUID().toString().substring(0, 6);
    }
}
