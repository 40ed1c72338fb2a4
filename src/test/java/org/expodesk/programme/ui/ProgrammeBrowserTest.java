package org.expodesk.programme.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
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
 * The programme in a real browser: a visitor on a phone reads today's public sessions in Chinese and switches to
 * English; an organiser's screens are photographed in both languages (target/playwright/programme-*.png).
 */
@RunningApp
@OnChromium
class ProgrammeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProgrammeService programme;
    @Autowired
    PlaceService places;
    @Autowired
    PersonService persons;

    EventSummary event;
    AppUser organiser;
    LocalDate today;

    /** Yesterday to tomorrow, so the event is running on the visitor's day whatever the hour in Shanghai. */
    @BeforeEach
    void aRunningEventWithPublicAndInternalSessions() {
        event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", -1);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        organiser = data.account("organiser-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        PlaceSummary main = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "会展中心报告厅", "Lecture Hall", null));
        PlaceSummary room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null));
        PersonSummary ma = persons.create(PersonDraft.of("马骏", "Ma Jun", "管委会主任", "空港产业园", "13905796001", null));
        for (LocalDate day = event.startDate(); !day.isAfter(event.endDate()); day = day.plusDays(1)) {
            String mark = day.equals(today) ? "" : "（" + day.getDayOfMonth() + "日）";
            String markEn = day.equals(today) ? "" : " (" + day.getDayOfMonth() + ")";
            save(session(SessionKind.OPENING_CEREMONY, "开幕式" + mark, "Opening Ceremony" + markEn, day, "09:00", "10:00", main, List.of(ma.id()), true));
            save(session(SessionKind.PROMOTION_MEETING, "空港产业园推介会" + mark, "Airport Industrial Park Promotion" + markEn, day, "10:00",
                    "11:30", main, List.of(ma.id()), true));
            save(session(SessionKind.MATCHMAKING, "日用百货对接会" + mark, "Daily Goods Matchmaking" + markEn, day, "10:30", "12:00", room,
                    List.of(), true));
            save(session(SessionKind.OTHER, "组委会调度会" + mark, "Committee Dispatch Meeting" + markEn, day, "18:00", "19:00", room,
                    List.of(), false));
        }
        TestData.signOut();
    }

    private SessionDraft session(SessionKind kind, String zh, String en, LocalDate day, String from, String to, PlaceSummary place,
            List<Long> speakers, boolean open) {
        SessionDraft d = new SessionDraft();
        d.setKind(kind);
        d.setTitleZh(zh);
        d.setTitleEn(en);
        d.setStart(day.atTime(LocalTime.parse(from)));
        d.setEnd(day.atTime(LocalTime.parse(to)));
        d.setSpeakerIds(speakers);
        d.setPublicSession(open);
        return d.at(place);
    }

    private void save(SessionDraft d) {
        programme.create(event.id(), d);
    }

    @Test
    void a_visitor_on_a_phone_reads_todays_public_sessions_in_chinese_and_switches_to_english(Page page) {
        page.setViewportSize(390, 844);
        page.navigate(url("/programme/" + event.id()));

        assertThat(page.locator("#public-programme-title")).hasText("第四届云溪小商品博览会");
        assertThat(page.locator("#public-programme-sessions .public-session")).hasCount(3);
        assertThat(page.locator("#public-programme-sessions")).containsText("空港产业园推介会");
        assertThat(page.locator("#public-programme-sessions")).containsText("10:00–11:30");
        assertThat(page.locator("#public-programme-sessions")).containsText("马骏");
        assertThat(page.locator("#public-programme-sessions")).not().containsText("组委会调度会");
        assertThat(page.locator("#public-programme-sessions")).not().containsText("（");
        // Nothing wider than the phone: no sideways scrolling.
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        ChromiumBrowser.screenshot(page, "programme-public-zh-390");

        page.locator("#lang-en").click();
        assertThat(page.locator("#public-programme-title")).hasText("4th Yunxi Small Commodities Expo");
        assertThat(page.locator("#public-programme-sessions")).containsText("Airport Industrial Park Promotion");
        assertThat(page.locator("#public-programme-sessions")).containsText("Ma Jun");
        assertThat(page.locator("#public-programme-sessions")).not().containsText("空港产业园推介会");
        ChromiumBrowser.screenshot(page, "programme-public-en-390");

        page.locator("#public-programme-days vaadin-button").last().click();
        ChromiumBrowser.screenshot(page, "programme-public-en-390-last-day");
    }

    @Test
    void the_organisers_screens_in_both_languages(Page page) {
        signIn(page);
        for (String lang : List.of("zh", "en")) {
            page.navigate(url("/sessions"));
            if (!page.locator("#lang-" + lang).isDisabled()) {
                page.locator("#lang-" + lang).click();
            }
            assertThat(page.locator("#programme-tab-list")).hasText(lang.equals("zh") ? "列表" : "List");
            assertThat(page.locator("#session-grid")).containsText(lang.equals("zh") ? "推介会" : "Promotion meeting");
            ChromiumBrowser.screenshot(page, "programme-list-" + lang);
            page.locator("#session-new").click();
            assertThat(page.locator("vaadin-dialog-overlay[opened]:not([opening])")).hasCount(1);
            ChromiumBrowser.screenshot(page, "programme-form-" + lang);
            page.keyboard().press("Escape");

            page.navigate(url("/sessions/timeline"));
            assertThat(page.locator("#day-timeline .session-block").first()).isVisible();
            page.locator("#timeline-days vaadin-tab").nth((int) java.time.temporal.ChronoUnit.DAYS.between(event.startDate(), today)).click();
            assertThat(page.locator("#day-timeline")).containsText(lang.equals("zh") ? "会展中心报告厅" : "Lecture Hall");
            ChromiumBrowser.screenshot(page, "programme-timeline-" + lang);
            page.setViewportSize(390, 844);
            ChromiumBrowser.screenshot(page, "programme-timeline-" + lang + "-390");
            page.setViewportSize(1280, 800);

            page.navigate(url("/sessions/person"));
            page.locator("#person-pick input").fill("马骏");
            page.locator("vaadin-combo-box-item").first().click();
            assertThat(page.locator("#person-days")).containsText(lang.equals("zh") ? "空港产业园推介会" : "Airport Industrial Park Promotion");
            ChromiumBrowser.screenshot(page, "programme-person-" + lang);
        }
    }

    private void signIn(Page page) {
        data.admin();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(organiser.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
