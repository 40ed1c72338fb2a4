package org.expodesk.badge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
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
 * A print run in a real browser: the progress reaches the page by server push from the printing thread, and
 * the finished PDF downloads from its temporary file. Screenshot: target/playwright/badges-print-done.png.
 */
@RunningApp
@OnChromium
class BadgePrintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    PersonService persons;

    @Test
    void an_organiser_prints_the_list_in_the_background_and_downloads_the_sheets(Page page) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventSummary expo = data.event("第九届云溪小商品博览会 " + tag, "9th Yunxi Small Commodities Expo " + tag, 25);
        AppUser organiser = data.account("print-browser-" + tag, EnumSet.of(Role.ORGANISER), expo.id());
        TestData.signInAs(organiser);
        long buyer = types.types(expo.id()).stream().filter(t -> t.code() == 2).findFirst().orElseThrow().id();
        for (String name : new String[] {"张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆"}) {
            badges.issue(expo.id(), persons.create(PersonDraft.of(name, null, null, "云溪日报", null, null)).id(), buyer);
        }
        TestData.signOut();
        data.admin();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(organiser.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));

        page.navigate(url("/badges"));
        page.locator("#badge-print-selection").click();
        assertThat(page.locator("#badge-print-status")).containsText("已完成：共 6 张胸卡");
        ChromiumBrowser.screenshot(page, "badges-print-done");

        Download download = page.waitForDownload(() -> page.locator("#badge-print-download vaadin-button").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(page.locator("#badge-print-status")).containsText("已下载");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
