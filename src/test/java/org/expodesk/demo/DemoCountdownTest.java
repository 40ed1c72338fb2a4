package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.DailySummaryService;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo expo's countdown: the starter template with realistic progress today, and yesterday's summary. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoCountdownTest {

    @Autowired
    EventService events;
    @Autowired
    CountdownService countdown;
    @Autowired
    DailySummaryService summaries;
    @Autowired
    DemoCountdown demo;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_demo_expo_has_a_countdown_with_work_done_in_progress_and_late_and_a_summary_of_yesterday() {
        TestData.signInAs(testData.account("demo-countdown-admin", EnumSet.of(Role.ADMIN)));
        EventSummary expo = events.list(new EventFilter("4th Yunxi", false), PageRequest.of(0, 1)).getContent().getFirst();
        List<TaskSummary> tasks = countdown.tasks(expo.id());

        assertThat(tasks).hasSize(60);
        assertThat(tasks.stream().map(TaskSummary::startDate).min(LocalDate::compareTo)).contains(expo.startDate().minusDays(60));
        // The demo's own tasks run to D+2 (teardown, accounts, report); the starter template's last task may end later.
        assertThat(tasks).filteredOn(t -> t.deadline().equals(expo.startDate().plusDays(2))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tasks).filteredOn(TaskSummary::late).extracting(TaskSummary::titleEn)
                .contains("Sign the catering contract for guests", "Open the expo column on the official account");
        assertThat(tasks).filteredOn(t -> t.status() == TaskStatus.DONE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(tasks).filteredOn(TaskSummary::late).isNotEmpty();
        assertThat(tasks).filteredOn(t -> t.status() == TaskStatus.IN_PROGRESS).isNotEmpty();
        assertThat(tasks).allSatisfy(t -> assertThat(t.ownerUnitId()).isNotNull());
        LocalDate yesterday = LocalDate.now(expo.timeZone()).minusDays(1);
        assertThat(summaries.find(expo.id(), yesterday)).isPresent();
    }

    @Test
    void running_the_demo_again_changes_nothing() {
        TestData.signInAs(testData.account("demo-countdown-admin", EnumSet.of(Role.ADMIN)));
        EventSummary expo = events.list(new EventFilter("4th Yunxi", false), PageRequest.of(0, 1)).getContent().getFirst();
        List<TaskSummary> before = countdown.tasks(expo.id());

        demo.run(new DefaultApplicationArguments());

        TestData.signInAs(testData.account("demo-countdown-admin", EnumSet.of(Role.ADMIN)));
        assertThat(countdown.tasks(expo.id())).isEqualTo(before);
        assertThat(summaries.countDays(expo.id())).isEqualTo(1);
    }
}
