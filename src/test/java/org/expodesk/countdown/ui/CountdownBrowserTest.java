package org.expodesk.countdown.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.countdown.CountdownFixturesAccess;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.DailySummaryService;
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
 * The countdown's screens in a real browser, in both languages and on a phone: the task list, the wall chart
 * (ECharts draws its canvases) and the daily summary. Screenshots go to target/playwright/.
 */
@RunningApp
@OnChromium
class CountdownBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CountdownTemplateService templates;
    @Autowired
    CountdownService countdown;
    @Autowired
    DailySummaryService summaries;

    @Test
    void an_organiser_reads_the_countdown_the_wall_chart_and_the_daily_summary(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 38);
        AppUser organiser = data.account("organiser-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.ORGANISER), expo.id());
        TestData.signInAs(organiser);
        templates.apply(templates.templates().stream().filter(t -> t.sourceEventId() == null).findFirst().orElseThrow().id(), expo.id());
        LocalDate today = LocalDate.now(expo.timeZone());
        countdown.create(expo.id(), CountdownFixturesAccess.lateTask(today));
        summaries.compose(expo.id(), today);
        TestData.signOut();

        page.setViewportSize(1400, 900);
        signIn(page, organiser);
        page.navigate(url("/countdown"));
        assertThat(page.locator("#task-grid")).containsText("成立筹备工作领导小组");
        ChromiumBrowser.screenshot(page, "countdown-tasks-zh");
        page.locator("#task-new").click();
        assertThat(page.locator("#task-title-zh")).isVisible();
        ChromiumBrowser.screenshot(page, "countdown-task-form-zh");
        page.keyboard().press("Escape");

        page.navigate(url("/countdown/chart"));
        assertThat(page.locator("#wall-chart-countdown")).containsText("D-38");
        assertThat(page.locator("#gantt-venue-build-up canvas").first()).isVisible();
        page.waitForTimeout(800);
        ChromiumBrowser.screenshot(page, "countdown-wall-chart-zh");

        page.navigate(url("/countdown/summaries"));
        assertThat(page.locator("#summary-panel")).containsText("逾期 2 天");
        ChromiumBrowser.screenshot(page, "countdown-summary-zh");

        page.locator("#lang-en").click();
        assertThat(page.locator("#summary-panel")).containsText("2 days late");
        ChromiumBrowser.screenshot(page, "countdown-summary-en");
        page.navigate(url("/countdown"));
        assertThat(page.locator("#task-grid")).containsText("Set up the leading group");
        ChromiumBrowser.screenshot(page, "countdown-tasks-en");
        page.navigate(url("/countdown/chart"));
        assertThat(page.locator("#wall-chart-countdown")).containsText("38 days to opening");
        page.waitForTimeout(800);
        ChromiumBrowser.screenshot(page, "countdown-wall-chart-en");
        page.navigate(url("/"));
        assertThat(page.locator("#figure-tasks-late")).isVisible();
        page.waitForTimeout(800);
        ChromiumBrowser.screenshot(page, "countdown-dashboard-en");

        page.setViewportSize(390, 844);
        page.navigate(url("/countdown/summaries"));
        assertThat(page.locator("#summary-panel")).containsText("Preparation tasks");
        ChromiumBrowser.screenshot(page, "countdown-summary-en-390");
    }

    private void signIn(Page page, AppUser user) {
        data.admin(); // an administrator exists, so sign-in is offered rather than the first-administrator page
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        assertThat(page.locator("#main-nav")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
