package org.expodesk.exhibitor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.ExhibitorFixtures;
import org.expodesk.shared.security.AppUser;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exhibitor's way end to end in a real browser: a company registers on the public page (seen in both
 * languages, on a phone and a desktop), the office approves it in the queue and assigns it a booth on the
 * floor plan, and the company signs in and sees its booth. Screenshots go to target/playwright/.
 */
@RunningApp
@OnChromium
class ExhibitorFlowBrowserTest {

    private static final String PASSWORD = "Yunxi-Expo-2026!";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired HallService halls;
    @Autowired BoothService booths;

    @Test
    void a_company_registers_the_office_approves_it_and_assigns_a_booth_and_the_company_sees_its_booth(Page page) {
        EventSummary event = ExhibitorFixtures.openEvent(events, transactions);
        AppUser organiser = ExhibitorFixtures.organiserOf(data, event);
        BoothSummary booth = aHallWithBooths(event, organiser).get(2);
        String company = "云溪晨光五金制品有限公司 " + ExhibitorFixtures.unique("").substring(1, 5);
        String mobile = ExhibitorFixtures.mobile();
        data.admin(); // with no administrator at all, /login leads to the one-time setup screen instead

        page.navigate(url("/register/" + event.id()));
        assertThat(page.locator("#register-event")).hasText("第四届云溪小商品博览会");
        ChromiumBrowser.screenshot(page, "exhibitor-register-zh");
        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "exhibitor-register-zh-390");
        page.locator("#lang-en").click();
        assertThat(page.locator("#register-event")).hasText("4th Yunxi Small Commodities Expo");
        ChromiumBrowser.screenshot(page, "exhibitor-register-en-390");
        page.setViewportSize(1280, 800);
        ChromiumBrowser.screenshot(page, "exhibitor-register-en");
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-error")).hasText("Please correct the fields marked in red.");
        ChromiumBrowser.screenshot(page, "exhibitor-register-en-errors");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#register-event")).hasText("第四届云溪小商品博览会");

        page.locator("#register-name-zh input").fill(company);
        page.locator("#register-name-en input").fill("Yunxi Chenguang Hardware Co., Ltd.");
        page.locator("#register-credit-code input").fill(ExhibitorFixtures.creditCode());
        page.locator("#register-address input").fill("青山市云溪县商城大道 18 号");
        page.locator("#register-contact input").fill("王丽");
        page.locator("#register-mobile input").fill(mobile);
        page.locator("#register-email input").fill(ExhibitorFixtures.unique("sales") + "@example.cn");
        page.locator("#register-category").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("五金工具")).click();
        page.locator("#register-products textarea").fill("不锈钢保温杯、厨房小五金");
        page.locator("#register-password input").fill(PASSWORD);
        page.locator("#register-password-repeat input").fill(PASSWORD);
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-done")).containsText("报名已提交");
        assertThat(page.locator("#register-done")).containsText(mobile);

        signIn(page, organiser.getUsername(), TestData.PASSWORD);
        page.navigate(url("/exhibitors"));
        Locator row = page.locator("#exhibitor-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(company));
        assertThat(row).isVisible();
        ChromiumBrowser.screenshot(page, "exhibitor-queue-zh");
        row.click();
        assertThat(page.locator("#exhibitor-detail-close")).isVisible();
        page.locator("#exhibitor-approve").click();
        assertThat(page.locator("#exhibitor-history")).containsText("已提交 → 已通过");
        ChromiumBrowser.screenshot(page, "exhibitor-detail-zh");
        page.locator("#exhibitor-detail-close").click();

        page.navigate(url("/floor-plan"));
        page.locator("#floor-plan g.booth[data-id='" + booth.id() + "']").click();
        assertThat(page.locator("#booth-card-code")).hasText(booth.code());
        page.locator("#booth-card-company input").fill("晨光");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(company)).click();
        page.locator("#booth-card-assign").click();
        assertThat(page.locator("#booth-card")).containsText(company);
        assertThat(page.locator("#floor-plan g.booth[data-id='" + booth.id() + "']")).containsText(company.substring(0, 4));
        ChromiumBrowser.screenshot(page, "exhibitor-office-plan-zh");
        signOut(page);

        signIn(page, mobile, PASSWORD);
        page.navigate(url("/my-company"));
        assertThat(page.locator("#my-company-title")).containsText(company);
        assertThat(page.locator("#my-booths")).containsText(booth.code());
        assertThat(page.locator("#my-booths")).containsText("已分配");
        ChromiumBrowser.screenshot(page, "exhibitor-my-company-zh");
        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "exhibitor-my-company-zh-390");
        page.setViewportSize(1280, 800);
        page.navigate(url("/my-booth"));
        assertThat(page.locator("#my-floor-plan g.booth[data-id='" + booth.id() + "']")).containsText("我的展位");
        ChromiumBrowser.screenshot(page, "exhibitor-my-plan-zh");
        page.locator("#lang-en").click();
        assertThat(page.locator("#my-floor-plan g.booth[data-id='" + booth.id() + "']")).containsText("My booth");
        ChromiumBrowser.screenshot(page, "exhibitor-my-plan-en");
    }

    private List<BoothSummary> aHallWithBooths(EventSummary event, AppUser organiser) {
        TestData.signInAs(organiser);
        try {
            HallDraft hall = new HallDraft();
            hall.setCode("4");
            hall.setNameZh("4号馆");
            hall.setNameEn("Hall 4");
            hall.setWidth(new BigDecimal("40"));
            hall.setDepth(new BigDecimal("24"));
            hall.setEntrances(List.of(new Entrance("北门", Wall.NORTH, BigDecimal.TEN)));
            long hallId = halls.create(event.id(), hall).id();
            BoothBlock block = BoothBlock.standardShells(2, 8, new BigDecimal("4"), new BigDecimal("4"), "A-{n:03}");
            block.setPrice(new BigDecimal("6800"));
            return booths.generate(hallId, block);
        } finally {
            TestData.signOut();
        }
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        assertThat(page.locator("#main-nav")).isVisible();
    }

    private void signOut(Page page) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login\\?logout$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
