package org.expodesk.booth.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.Wall;
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
 * The floor plan in a real browser: an organiser opens it, the hall is drawn as SVG, a click on a booth opens
 * its card, blocking it recolours it. Screenshots in Chinese and English, desktop and phone, go to target/playwright/.
 */
@RunningApp
@OnChromium
class FloorPlanBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    HallService halls;

    @Autowired
    BoothService booths;

    @Test
    void an_organiser_clicks_a_booth_on_the_plan_sees_its_card_and_blocks_it(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 38);
        AppUser organiser = data.account("organiser-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.ORGANISER), expo.id());
        BoothSummary target = layOutHall(organiser, expo);

        signIn(page, organiser);
        page.navigate(url("/floor-plan"));
        Locator booth = page.locator("#floor-plan g.booth[data-id='" + target.id() + "']");
        assertThat(booth).isVisible();
        assertThat(page.locator("#floor-plan g.booth")).hasCount(206);
        ChromiumBrowser.screenshot(page, "floor-plan-zh");

        booth.click();
        assertThat(page.locator("#booth-card-code")).hasText(target.code());
        assertThat(page.locator("#booth-card")).containsText("标准展位");
        assertThat(page.locator("#booth-card")).containsText("9 平方米");
        assertThat(booth).hasClass(java.util.regex.Pattern.compile(".*selected.*"));
        ChromiumBrowser.screenshot(page, "floor-plan-card-zh");
        Locator zoomIn = page.locator("#floor-plan button").first();
        zoomIn.click();
        zoomIn.click();
        ChromiumBrowser.screenshot(page, "floor-plan-zoomed-zh");

        page.locator("#booth-card-block").click();
        assertThat(page.locator("#floor-plan g.booth[data-id='" + target.id() + "']"))
                .hasClass(java.util.regex.Pattern.compile(".*BLOCKED.*"));
        assertThat(page.locator("#booth-card")).containsText("锁定");

        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "floor-plan-card-zh-390");
        page.locator("#lang-en").click();
        assertThat(page.locator("#hall-tabs")).containsText("Hall 4");
        page.locator("#floor-plan g.booth[data-id='" + target.id() + "']").click();
        assertThat(page.locator("#booth-card")).containsText("Standard booth");
        ChromiumBrowser.screenshot(page, "floor-plan-card-en-390");
        page.setViewportSize(1280, 800);
        ChromiumBrowser.screenshot(page, "floor-plan-card-en");

        page.navigate(url("/booths"));
        page.locator("#booth-filter-code input").fill(target.code());
        assertThat(page.locator("#booth-grid")).containsText("Blocked");
        ChromiumBrowser.screenshot(page, "booths-en");
        page.locator("#block-open").click();
        assertThat(page.locator("#block-preview")).containsText("booths");
        ChromiumBrowser.screenshot(page, "booths-block-en");
        page.keyboard().press("Escape");
        page.setViewportSize(390, 844);
        page.locator("#lang-zh").click();
        assertThat(page.locator("#booth-grid")).containsText("4D-01");
        ChromiumBrowser.screenshot(page, "booths-zh-390");
        page.setViewportSize(1280, 800);
        ChromiumBrowser.screenshot(page, "booths-zh");
        page.navigate(url("/"));
        assertThat(page.locator("#chart-booths-by-hall")).isVisible();
        page.locator("#chart-booths-by-hall").scrollIntoViewIfNeeded();
        page.waitForTimeout(1000); // the chart animates in
        page.locator("#chart-booths-by-hall").screenshot(new Locator.ScreenshotOptions()
                .setPath(ChromiumBrowser.SCREENSHOTS.resolve("dashboard-booths-chart-zh.png")));
    }

    /** A hall like the demo's: strips of 3 × 3 m booths, raw space and islands. Returns a booth in the middle. */
    private BoothSummary layOutHall(AppUser organiser, EventSummary expo) {
        TestData.signInAs(organiser);
        try {
            HallDraft hall = new HallDraft();
            hall.setCode("4");
            hall.setNameZh("4号馆");
            hall.setNameEn("Hall 4");
            hall.setWidth(new BigDecimal("130"));
            hall.setDepth(new BigDecimal("100"));
            hall.setEntrances(List.of(new Entrance("北门", Wall.NORTH, new BigDecimal("44")),
                    new Entrance("西门", Wall.WEST, new BigDecimal("50"))));
            HallSummary four = halls.create(expo.id(), hall);
            BoothSummary middle = null;
            for (int i = 0; i < 5; i++) {
                String letter = String.valueOf((char) ('A' + i));
                List<BoothSummary> left = booths.generate(four.id(), block(2, 10, "12", String.valueOf(10 + 10 * i), letter + "-{n:03}", 1));
                booths.generate(four.id(), block(2, 10, "46", String.valueOf(10 + 10 * i), letter + "-{n:03}", 21));
                if (i == 2) {
                    middle = left.get(4);
                }
            }
            BoothBlock raw = block(1, 2, "12", "66", "4R-{n:02}", 1);
            raw.setBoothWidth(new BigDecimal("14"));
            raw.setBoothDepth(new BigDecimal("12"));
            raw.setColumnAisle(new BigDecimal("4"));
            raw.setKind(BoothKind.RAW_SPACE);
            booths.generate(four.id(), raw);
            BoothBlock islands = block(2, 2, "88", "14", "4D-{n:02}", 1);
            islands.setBoothWidth(new BigDecimal("6"));
            islands.setBoothDepth(new BigDecimal("6"));
            islands.setRowAisle(new BigDecimal("6"));
            islands.setColumnAisle(new BigDecimal("6"));
            islands.setKind(BoothKind.ISLAND);
            booths.generate(four.id(), islands);
            return java.util.Objects.requireNonNull(middle);
        } finally {
            TestData.signOut();
        }
    }

    private static BoothBlock block(int rows, int columns, String x, String y, String pattern, int first) {
        BoothBlock block = new BoothBlock();
        block.setRows(rows);
        block.setColumns(columns);
        block.setX(new BigDecimal(x));
        block.setY(new BigDecimal(y));
        block.setCodePattern(pattern);
        block.setFirstNumber(first);
        block.setPrice(new BigDecimal("6800"));
        return block;
    }

    private void signIn(Page page, AppUser user) {
        data.admin();
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
