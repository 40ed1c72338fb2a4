package org.expodesk.safety.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.UUID;
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

/** The checklist template editor in a real browser, in both languages; screenshots go to target/playwright/. */
@RunningApp
@OnChromium
class TemplatesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @Test
    void an_organiser_opens_a_template_in_the_editor_in_chinese_and_english(Page page) {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 12);
        AppUser organiser = data.account("organiser-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.ORGANISER), expo.id());
        data.admin();
        page.setViewportSize(1400, 900);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(organiser.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));

        page.navigate(url("/safety/templates"));
        assertThat(page.locator("#safety-template-grid")).containsText("灭火器、消火栓检查");
        page.locator("#safety-template-grid").getByText("灭火器、消火栓检查").click();
        assertThat(page.locator(".safety-item-text-zh input").nth(1)).hasValue("压力表指针在绿区");
        ChromiumBrowser.screenshot(page, "safety-templates-zh");

        page.locator("#lang-en").click();
        assertThat(page.locator("#safety-template-grid")).containsText("Extinguisher and hydrant check");
        page.locator("#safety-template-grid").getByText("Extinguisher and hydrant check").click();
        assertThat(page.locator("#safety-template-save")).containsText("Save as new revision");
        ChromiumBrowser.screenshot(page, "safety-templates-en");

        page.setViewportSize(390, 844);
        assertThat(page.locator("#safety-template-editor")).isVisible();
        ChromiumBrowser.screenshot(page, "safety-templates-en-390");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
