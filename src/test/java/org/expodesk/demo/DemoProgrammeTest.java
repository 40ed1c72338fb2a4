package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.PublicProgrammeService;
import org.expodesk.programme.SessionConflict;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo programme a newcomer sees: three days of the expo and the investment fair's provincial briefing with its signing. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoProgrammeTest {

    @Autowired
    EventService events;
    @Autowired
    ProgrammeService programme;
    @Autowired
    PublicProgrammeService publicProgramme;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    List<EventSummary> demoEvents() {
        TestData.signInAs(testData.account("demo-programme-admin", EnumSet.of(Role.ADMIN)));
        return events.list(new EventFilter(null, true), PageRequest.of(0, 10)).getContent();
    }

    @Test
    void the_expo_has_about_forty_sessions_over_three_days_opening_at_nine_on_the_first() {
        EventSummary expo = demoEvents().stream().filter(e -> e.kind() == EventKind.EXPO).findFirst().orElseThrow();
        List<SessionSummary> sessions = programme.sessions(expo.id());

        assertThat(sessions).hasSizeBetween(36, 44);
        assertThat(sessions).extracting(SessionSummary::day).containsOnly(expo.startDate(), expo.startDate().plusDays(1), expo.startDate().plusDays(2));
        SessionSummary opening = sessions.getFirst();
        assertThat(opening.kind()).isEqualTo(SessionKind.OPENING_CEREMONY);
        assertThat(opening.localStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(opening.day()).isEqualTo(expo.startDate());
        assertThat(opening.speakers()).extracting(p -> p.nameZh()).contains("陈建国", "王志刚");
        assertThat(sessions).extracting(SessionSummary::kind).contains(SessionKind.PRESS_CONFERENCE, SessionKind.MATCHMAKING,
                SessionKind.SIGNING_CEREMONY, SessionKind.FESTIVAL, SessionKind.SITE_VISIT);
        assertThat(sessions.stream().filter(s -> s.kind() == SessionKind.PROMOTION_MEETING)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sessions).anySatisfy(s -> assertThat(s.titleZh()).contains("旅游节"));
    }

    @Test
    void the_only_conflict_is_the_one_kept_on_purpose_and_the_public_page_shows_public_sessions_only() {
        EventSummary expo = demoEvents().stream().filter(e -> e.kind() == EventKind.EXPO).findFirst().orElseThrow();
        Map<Long, List<SessionConflict>> conflicts = programme.conflicts(expo.id());

        assertThat(conflicts).hasSize(2);
        assertThat(programme.sessions(expo.id()).stream().filter(SessionSummary::conflictsKept)).extracting(SessionSummary::titleZh)
                .containsExactly("领导巡馆");
        TestData.signOut();
        assertThat(publicProgramme.programme(expo.id()).orElseThrow().sessions()).allSatisfy(s -> assertThat(s.publicSession()).isTrue())
                .extracting(SessionSummary::titleZh).doesNotContain("领导巡馆", "欢迎晚宴");
    }

    @Test
    void the_investment_fair_has_its_provincial_briefing_and_the_signing_from_17_to_18() {
        EventSummary fair = demoEvents().stream().filter(e -> e.kind() == EventKind.INVESTMENT_FAIR).findFirst().orElseThrow();
        List<SessionSummary> sessions = programme.sessions(fair.id());

        assertThat(sessions).anySatisfy(s -> assertThat(s.titleZh()).contains("省级专场推介会"));
        assertThat(sessions).filteredOn(s -> s.kind() == SessionKind.SIGNING_CEREMONY).singleElement().satisfies(s -> {
            assertThat(s.localStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(s.localEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        });
    }
}
