package org.expodesk.ceremony;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.expodesk.deal.DealSummary;
import org.expodesk.support.ChromiumBrowser;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser builds a signing ceremony with three deals in a real browser, moves the last one to the top and
 * downloads the run-sheet, which lists the projects in the new order. Screenshots of the screen in both languages
 * and on a phone go to target/playwright/.
 */
@RunningApp
@OnChromium
class CeremonyEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    CeremonyFixtures fixtures;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_organiser_builds_a_ceremony_of_three_deals_reorders_them_and_downloads_the_run_sheet(Page page) throws IOException {
        // Generous for a busy two-core machine; each wait ends as soon as its condition holds.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        CeremonyFixtures.Setup setup = fixtures.expoWithDeals();
        List<DealSummary> deals = setup.deals();
        data.admin();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(setup.organiser().getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));

        page.navigate(url("/ceremonies"));
        assertThat(page.locator("#ceremony-deal-choice")).isVisible();
        assertThat(page.locator("#stage-plan")).containsText("观众席");
        for (DealSummary deal : deals) {
            page.locator("#ceremony-deal-choice input").fill(deal.projectZh());
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(deal.projectZh())).click();
            page.locator("#ceremony-deal-add").click();
            assertThat(page.locator("#ceremony-deals")).containsText(deal.projectZh());
        }
        DealSummary last = deals.get(2);
        page.locator("#deal-up-" + last.id()).click();
        // The screen draws fresh row buttons after each move: wait for the server's answer before the second
        // click, or it may land on the button the answer is replacing (seen on a loaded machine).
        assertThat(page.locator("#stage-plan")).containsText("#2 " + last.projectZh());
        assertThat(page.locator("#deal-up-" + last.id())).isEnabled();
        page.locator("#deal-up-" + last.id()).click();
        assertThat(page.locator("#deal-up-" + last.id())).isDisabled();
        assertThat(page.locator("#stage-plan")).containsText("#1 " + last.projectZh());
        ChromiumBrowser.screenshot(page, "ceremony-zh");

        Download download = page.waitForDownload(() -> page.locator("#ceremony-download-run-sheet").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        Files.write(java.nio.file.Path.of("target", "pdf", "run-sheet-downloaded.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        String all = text.toString().replace("\n", "");
        CeremonyPapersTest.assertInOrder(all, List.of(last.projectZh(), deals.get(0).projectZh(), deals.get(1).projectZh()));

        page.setViewportSize(390, 844);
        ChromiumBrowser.screenshot(page, "ceremony-zh-390");
        page.locator("#lang-en").click();
        assertThat(page.locator("#stage-plan")).containsText("Audience");
        page.setViewportSize(1280, 800);
        ChromiumBrowser.screenshot(page, "ceremony-en");
        page.navigate(url("/deals"));
        assertThat(page.locator("#deal-grid")).containsText("Bamboo");
        ChromiumBrowser.screenshot(page, "deals-en");
        page.locator("#lang-zh").click();
        assertThat(page.locator("#deal-grid")).containsText("竹纤维");
        ChromiumBrowser.screenshot(page, "deals-zh");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
