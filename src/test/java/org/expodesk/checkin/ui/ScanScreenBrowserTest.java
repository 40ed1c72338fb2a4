package org.expodesk.checkin.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.expodesk.checkin.CheckInService;
import org.expodesk.checkin.Direction;
import org.expodesk.shared.security.AppUser;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gate on a phone, in a real browser: a volunteer signs in on a 390 px screen, picks the gate, and a badge
 * code typed into the scanner field with Enter (what a handheld scanner does) is admitted; the same code again
 * is refused with the time and gate of the first admission. Screenshots of the ready, green and red screens in
 * both languages and of the occupancy screen go to target/playwright/.
 */
@RunningApp
@OnChromium
class ScanScreenBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;
    @Autowired
    GateScreensFixture fixture;
    @Autowired
    CheckInService checkIn;

    @Test
    void a_volunteer_on_a_phone_admits_a_badge_through_the_scanner_field_and_the_same_badge_is_then_refused(Page page) {
        GateScreensFixture.Fair fair = fixture.fair(10);
        String lina = fixture.buyerBadge(fair, "李娜", "Li Na");
        String wang = fixture.buyerBadge(fair, "欧阳娜娜", "Ouyang Nana");
        page.setViewportSize(390, 844);
        signIn(page, fair.volunteer());

        // On a phone the navigation sits in a drawer behind the menu button.
        page.locator("vaadin-drawer-toggle").click();
        page.locator("#main-nav").getByText("扫码验证").click();
        page.waitForURL(url("/scan"));
        assertThat(page.locator(".scan-gate")).hasCount(1);
        ChromiumBrowser.screenshot(page, "scan-pick-gate-zh-390");
        page.locator(".scan-gate").first().click();
        assertThat(page.locator("#scan-gate")).containsText("N4");
        Locator field = page.locator("#scan-field input");
        assertThat(field).isFocused();
        ChromiumBrowser.screenshot(page, "scan-ready-zh-390");

        field.fill(lina);
        field.press("Enter");
        Locator answer = page.locator("#scan-answer");
        assertThat(answer).isVisible();
        assertThat(answer).containsText("准许入场");
        assertThat(answer).containsText("李娜");
        ChromiumBrowser.screenshot(page, "scan-admitted-zh-390");

        assertThat(field).isFocused();
        field.fill(lina);
        field.press("Enter");
        assertThat(answer).containsText("禁止入场");
        assertThat(answer).containsText(Pattern.compile("已于 \\d\\d:\\d\\d 从 N4 号口入场"));
        ChromiumBrowser.screenshot(page, "scan-refused-zh-390");
        answer.click();
        assertThat(answer).isHidden();

        page.locator("#lang-en").click();
        assertThat(page.locator("#scan-gate")).containsText("Hall 4 north gate");
        ChromiumBrowser.screenshot(page, "scan-ready-en-390");
        field.fill(wang);
        field.press("Enter");
        assertThat(answer).containsText("ADMITTED");
        ChromiumBrowser.screenshot(page, "scan-admitted-en-390");
        field.fill(wang);
        field.press("Enter");
        assertThat(answer).containsText(Pattern.compile("Already admitted at \\d\\d:\\d\\d at gate N4"));
        ChromiumBrowser.screenshot(page, "scan-refused-en-390");
        // Back to ready by itself after a few seconds.
        assertThat(answer).isHidden(new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
    }

    @Test
    void the_occupancy_screen_follows_the_scans_by_itself(Page page) {
        GateScreensFixture.Fair fair = fixture.fair(2);
        String first = fixture.buyerBadge(fair, "李娜", null);
        String second = fixture.buyerBadge(fair, "王芳", null);
        signIn(page, fair.organiser());
        page.navigate(url("/occupancy"));
        Locator hall = page.locator(".occupancy-hall");
        assertThat(hall.locator(".occupancy-inside")).hasText("0");

        TestData.signInAs(fair.volunteer());
        checkIn.scan(fair.gate().id(), first, UUID.randomUUID(), Direction.IN);
        assertThat(hall.locator(".occupancy-inside")).hasText("1");
        ChromiumBrowser.screenshot(page, "occupancy-zh");
        checkIn.scan(fair.gate().id(), second, UUID.randomUUID(), Direction.IN);
        assertThat(hall.locator(".occupancy-level")).hasText("超出限额 · 100%");
        page.locator("#lang-en").click();
        assertThat(page.locator(".occupancy-level")).hasText("Over capacity · 100 %");
        ChromiumBrowser.screenshot(page, "occupancy-en-alarm");
        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "occupancy-en-390");
    }

    /** The fixture signs the organiser in on this thread: leave nobody signed in for the next test class. */
    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private void signIn(Page page, AppUser user) {
        data.admin();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        assertThat(page.locator("#main-nav")).not().isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
