package org.expodesk.countdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.countdown.CountdownFixtures.task;
import static org.expodesk.countdown.CountdownFixtures.unique;
import static org.expodesk.countdown.CountdownFixtures.withStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expodesk.countdown.DailySummaryService.ComposeResult;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.daily.DailySummaryContribution;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily summary on a fixed clock: 2 November 2026, 20:30 in Shanghai. Its figures equal the counts of the
 * records; it is composed once per event and day however often (and from however many threads) it is asked;
 * the hour is the event's own; and each reader sees the sections of their roles.
 */
@SpringBootTest
@ActiveProfiles("test")
class DailySummaryServiceTest {

    static final Instant NOW = Instant.parse("2026-11-02T12:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TestConfiguration
    static class FixedClockAndASafetyContribution {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        }

        /** A contribution only safety staff and organisers see, to show each reader gets the sections of their roles. */
        @Bean
        DailySummaryContribution safetyStandIn() {
            return (eventId, day) -> List.of(new DailySummarySection("stand-in", "countdown.summary.section", 20,
                    EnumSet.of(Role.SAFETY, Role.ORGANISER), List.of(new DailySummaryFigure("countdown.summary.figure.late", 3)), List.of()));
        }
    }

    @Autowired
    CountdownService countdown;
    @Autowired
    DailySummaryService summaries;
    @Autowired
    EventService events;
    @Autowired
    TestData data;

    private EventSummary event;
    private AppUser organiser;

    @BeforeEach
    void anEventInShanghaiOpeningInAMonth() {
        TestData.signInAs(data.admin());
        event = events.create(event("Asia/Shanghai"));
        organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_summary_counts_equal_the_tasks_done_today_late_and_in_progress() {
        countdown.create(event.id(), withStatus(task("成立领导小组", "Leading group", Workstream.OTHER, TODAY.minusDays(5), TODAY), TaskStatus.DONE, 100));
        countdown.create(event.id(), withStatus(task("印发方案", "Issue the plan", Workstream.OTHER, TODAY.minusDays(2), TODAY.plusDays(1)), TaskStatus.DONE, 100));
        TaskSummary late = countdown.create(event.id(), task("拟定邀请名单", "Invitation list", Workstream.INVITATIONS, TODAY.minusDays(6), TODAY.minusDays(3)));
        countdown.create(event.id(), withStatus(task("宣传方案", "Publicity plan", Workstream.PUBLICITY, TODAY.minusDays(1), TODAY.plusDays(9)), TaskStatus.IN_PROGRESS, 30));
        countdown.create(event.id(), task("展位搭建", "Booth build-up", Workstream.VENUE_BUILD_UP, TODAY.plusDays(20), TODAY.plusDays(26)));

        assertThat(summaries.compose(event.id(), TODAY)).isInstanceOf(ComposeResult.Composed.class);

        DailySummary summary = summaries.find(event.id(), TODAY).orElseThrow();
        DailySummarySection tasks = summary.sections().getFirst();
        assertThat(tasks.id()).isEqualTo("countdown");
        assertThat(tasks.figures()).extracting(DailySummaryFigure::value).containsExactly(2L, 1L, 1L, 40L);
        assertThat(tasks.lines()).filteredOn(l -> l.groupKey().equals("countdown.summary.late")).singleElement()
                .satisfies(l -> {
                    assertThat(l.zh()).contains(late.titleZh(), "逾期 3 天", "尚未指定责任人");
                    assertThat(l.en()).contains("Invitation list", "3 days late");
                });
        assertThat(tasks.lines()).filteredOn(l -> l.groupKey().equals("countdown.summary.done-today")).hasSize(2);
        assertThat(summary.composedAt()).isEqualTo(NOW);
        assertThat(summary.sections()).extracting(DailySummarySection::id).containsExactly("countdown", "safety", "stand-in");
        assertThat(summary.sections().get(1).figures()).as("the safety module's figures of a day without inspections")
                .extracting(DailySummaryFigure::value).containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void composing_twice_keeps_one_summary_of_the_day() {
        assertThat(summaries.compose(event.id(), TODAY)).isInstanceOf(ComposeResult.Composed.class);
        assertThat(summaries.compose(event.id(), TODAY)).isInstanceOf(ComposeResult.AlreadyComposed.class);

        assertThat(summaries.countDays(event.id())).isEqualTo(1);
        assertThat(summaries.days(event.id(), PageRequest.of(0, 10)).getContent()).containsExactly(TODAY);
    }

    @Test
    void two_instances_composing_at_the_same_minute_store_one_summary() throws Exception {
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<ComposeResult> compose = () -> {
                TestData.signInAs(organiser);
                start.await();
                return summaries.compose(event.id(), TODAY);
            };
            List<Future<ComposeResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(compose));
            }
            start.countDown();
            long composed = 0;
            for (Future<ComposeResult> r : results) {
                composed += r.get() instanceof ComposeResult.Composed ? 1 : 0;
            }
            assertThat(composed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(summaries.countDays(event.id())).isEqualTo(1);
    }

    @Test
    void the_scheduler_composes_at_each_events_own_hour_and_only_once() {
        TestData.signInAs(data.admin());
        EventSummary urumqi = events.create(event("Asia/Urumqi"));
        TestData.signInAs(data.account(unique("both"), EnumSet.of(Role.ORGANISER), event.id(), urumqi.id()));
        summaries.setSummaryHour(event.id(), 20);
        summaries.setSummaryHour(urumqi.id(), 20);
        TestData.signInAs(data.admin());

        // 19:59 in Shanghai: nothing for either
        assertThat(ids(summaries.composeDue(Instant.parse("2026-11-02T11:59:00Z")))).doesNotContain(event.id(), urumqi.id());
        // 20:30 in Shanghai is 18:30 in Urumqi (UTC+6): Shanghai only
        assertThat(ids(summaries.composeDue(NOW))).contains(event.id()).doesNotContain(urumqi.id());
        // 20:00 in Urumqi: its turn; Shanghai is not composed again
        assertThat(ids(summaries.composeDue(Instant.parse("2026-11-02T14:00:00Z")))).contains(urumqi.id()).doesNotContain(event.id());
        assertThat(summaries.composeDue(Instant.parse("2026-11-02T14:01:00Z"))).extracting(r -> ((Object) r))
                .noneMatch(r -> r instanceof ComposeResult.Composed c && (c.eventId() == event.id() || c.eventId() == urumqi.id()));
        assertThat(summaries.countDays(event.id())).isEqualTo(1);
        assertThat(summaries.countDays(urumqi.id())).isEqualTo(1);
    }

    @Test
    void a_safety_inspector_reads_only_the_sections_for_safety_and_a_volunteer_reads_nothing() {
        countdown.create(event.id(), task("拟定邀请名单", "Invitation list", Workstream.INVITATIONS, TODAY.minusDays(6), TODAY.minusDays(3)));
        summaries.compose(event.id(), TODAY);

        TestData.signInAs(data.account(unique("safety"), EnumSet.of(Role.SAFETY), event.id()));
        assertThat(summaries.find(event.id(), TODAY).orElseThrow().sections()).extracting(DailySummarySection::id).containsExactly("safety", "stand-in");
        assertThatThrownBy(() -> summaries.compose(event.id(), TODAY.plusDays(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.setSummaryHour(event.id(), 8)).isInstanceOf(AccessDeniedException.class);

        TestData.signInAs(data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()));
        assertThatThrownBy(() -> summaries.find(event.id(), TODAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_of_another_event_cannot_read_or_compose_its_summaries() {
        summaries.compose(event.id(), TODAY);
        TestData.signInAs(data.account(unique("other"), EnumSet.of(Role.ORGANISER)));

        assertThatThrownBy(() -> summaries.find(event.id(), TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.days(event.id(), PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.compose(event.id(), TODAY.plusDays(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.composeDue(NOW)).isInstanceOf(AccessDeniedException.class);
    }

    private static Set<Long> ids(List<ComposeResult> results) {
        return results.stream().filter(r -> r instanceof ComposeResult.Composed).map(r -> ((ComposeResult.Composed) r).eventId())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static EventDraft event(String zone) {
        EventDraft draft = new EventDraft();
        draft.setNameZh("第四届云溪小商品博览会");
        draft.setNameEn("4th Yunxi Small Commodities Expo");
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(TODAY.plusDays(30));
        draft.setEndDate(TODAY.plusDays(33));
        draft.setTimeZone(zone);
        return draft;
    }
}
