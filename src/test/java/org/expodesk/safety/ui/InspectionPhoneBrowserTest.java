package org.expodesk.safety.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
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
 * The safety round as inspectors do it: on a 390 px phone, from the extinguisher's label, one item failed with a
 * photo; then the organiser's dashboard shows the open rectification. Every step waits for the server's answer
 * (the next question, the upload's confirmation), never for a fixed time, so a busy machine only makes it slower.
 */
@RunningApp
@OnChromium
class InspectionPhoneBrowserTest {

    private static final Path PHOTO = Paths.get("src", "test", "resources", "safety", "gauge.png");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    HallService halls;
    @Autowired
    TargetService targets;

    @Test
    void a_safety_user_fails_an_extinguisher_item_with_a_photo_and_the_organiser_sees_the_open_rectification(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 12);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), expo.id());
        AppUser inspector = data.account(unique("safety"), EnumSet.of(Role.SAFETY), expo.id());
        TargetSummary extinguisher = anExtinguisher(expo, organiser);

        signIn(page, inspector);
        page.setViewportSize(390, 844);
        page.navigate(url("/safety/target/" + extinguisher.qrToken()));
        assertThat(page.locator("#safety-template")).containsText("灭火器、消火栓检查");
        ChromiumBrowser.screenshot(page, "safety-phone-start-zh");
        page.locator("#safety-start").click();

        // fire-extinguisher: item 2 (pressure gauge) asks for a photo; it fails, every other item passes.
        for (int item = 1; item <= 6; item++) {
            assertThat(page.locator(".safety-progress")).containsText("第 " + item + "/6 项");
            if (item == 2) {
                page.locator("#safety-answer vaadin-radio-button").nth(1).click();
                assertThat(page.locator("#safety-deadline")).isVisible();
                page.locator("#safety-photo input[type=file]").setInputFiles(PHOTO);
                assertThat(page.locator("#safety-photo-state")).hasText("照片已上传");
                page.locator("#safety-note").locator("textarea").fill("压力表指针在红区");
                ChromiumBrowser.screenshot(page, "safety-phone-failed-item-zh");
            } else {
                page.locator("#safety-answer vaadin-radio-button").nth(0).click();
            }
            // The answer reaches the server before "next" is pressed: the radio group marks the chosen button.
            assertThat(page.locator("#safety-answer vaadin-radio-button[checked]")).hasCount(1);
            page.locator("#safety-next").click();
        }
        assertThat(page.locator("#safety-saved")).hasText("检查结果已保存。");
        ChromiumBrowser.screenshot(page, "safety-phone-saved-zh");

        page.context().clearCookies();
        page.setViewportSize(1280, 800);
        signIn(page, organiser);
        assertThat(page.locator("#figure-safety-open")).containsText("1");
        assertThat(page.locator("#figure-safety-open")).containsText("整改中隐患");
        ChromiumBrowser.screenshot(page, "safety-dashboard-organiser-zh");
        page.navigate(url("/safety/rectifications"));
        assertThat(page.locator("#safety-rect-grid")).containsText(extinguisher.name());
        assertThat(page.locator("#safety-rect-grid")).containsText("压力表指针在绿区");
        ChromiumBrowser.screenshot(page, "safety-rectifications-organiser-zh");
    }

    private TargetSummary anExtinguisher(EventSummary expo, AppUser organiser) {
        TestData.signInAs(organiser);
        try {
            HallDraft hall = new HallDraft();
            hall.setCode("3");
            hall.setNameZh("3号馆");
            hall.setNameEn("Hall 3");
            hall.setWidth(new BigDecimal("40"));
            hall.setDepth(new BigDecimal("24"));
            hall.setEntrances(List.of(new Entrance("北门", Wall.NORTH, BigDecimal.TEN)));
            long hallId = halls.create(expo.id(), hall).id();
            TargetDraft draft = TargetDraft.of(TargetKind.EXTINGUISHER, "3号馆灭火器 " + unique("MFZ"))
                    .at(hallId, new BigDecimal("4.5"), new BigDecimal("2"));
            return targets.create(expo.id(), draft.responsible("李保安", "13900139001", "云溪县会展中心"));
        } finally {
            TestData.signOut();
        }
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

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
