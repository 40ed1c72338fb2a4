package org.expodesk.countdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.countdown.CountdownFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.countdown.CountdownFixtures.task;
import static org.expodesk.countdown.CountdownFixtures.unique;
import static org.expodesk.countdown.CountdownFixtures.withStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/** The task rules (dates, dependencies, cycles, late), templates, and who may plan. */
@SpringBootTest
@ActiveProfiles("test")
class CountdownServiceTest {

    private static final MessageBundles BUNDLES = MessageBundles.load();

    @Autowired
    CountdownService countdown;
    @Autowired
    CountdownTemplateService templates;
    @Autowired
    TestData data;

    private EventSummary event;
    private LocalDate today;

    @BeforeEach
    void anEventThirtyDaysAhead() {
        event = signInAsOrganiserOfNewEvent(data, 30);
        today = LocalDate.now(event.timeZone());
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void tasks_are_listed_by_deadline_and_filtered_by_workstream() {
        TaskSummary later = countdown.create(event.id(), task("展位搭建", "Booth build-up", Workstream.VENUE_BUILD_UP, today.plusDays(20), today.plusDays(26)));
        TaskSummary sooner = countdown.create(event.id(), task("发送邀请函", "Send invitations", Workstream.INVITATIONS, today, today.plusDays(5)));

        assertThat(countdown.list(event.id(), TaskFilter.all(), PageRequest.of(0, 10)).getContent())
                .extracting(TaskSummary::id).containsExactly(sooner.id(), later.id());
        assertThat(countdown.list(event.id(), new TaskFilter(Workstream.VENUE_BUILD_UP, null, null, false), PageRequest.of(0, 10)).getContent())
                .extracting(TaskSummary::id).containsExactly(later.id());
        assertThat(later.durationDays()).isEqualTo(7);
    }

    @Test
    void a_task_past_its_deadline_and_not_done_is_late_and_the_late_filter_finds_only_it() {
        TaskSummary late = countdown.create(event.id(), task("拟定邀请名单", "Invitation list", Workstream.INVITATIONS, today.minusDays(5), today.minusDays(1)));
        TaskSummary dueToday = countdown.create(event.id(), task("印发方案", "Issue the plan", Workstream.OTHER, today.minusDays(3), today));
        TaskSummary doneLate = countdown.create(event.id(), withStatus(task("成立领导小组", "Leading group", Workstream.OTHER,
                today.minusDays(9), today.minusDays(8)), TaskStatus.DONE, 100));

        assertThat(late.late()).isTrue();
        assertThat(dueToday.late()).as("due today is not late yet").isFalse();
        assertThat(doneLate.late()).isFalse();
        assertThat(countdown.list(event.id(), new TaskFilter(null, null, null, true), PageRequest.of(0, 10)).getContent())
                .extracting(TaskSummary::id).containsExactly(late.id());
        assertThat(countdown.figures(event.id())).isEqualTo(new CountdownFigures(3, 1, 1, 1));
    }

    @Test
    void a_task_cannot_start_before_what_it_depends_on_has_finished() {
        TaskSummary tender = countdown.create(event.id(), task("搭建招标", "Tender", Workstream.VENUE_BUILD_UP, today, today.plusDays(9)));

        assertThatThrownBy(() -> countdown.create(event.id(), task("展位搭建", "Build-up", Workstream.VENUE_BUILD_UP,
                today.plusDays(9), today.plusDays(15), tender.id())))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("countdown.error.starts-before-dependency"));
        TaskSummary buildUp = countdown.create(event.id(), task("展位搭建", "Build-up", Workstream.VENUE_BUILD_UP,
                today.plusDays(10), today.plusDays(15), tender.id()));
        assertThat(buildUp.dependsOn()).containsExactly(tender.id());
    }

    @Test
    void a_task_cannot_be_in_progress_or_done_while_what_it_depends_on_is_not_done() {
        TaskSummary tender = countdown.create(event.id(), task("搭建招标", "Tender", Workstream.VENUE_BUILD_UP, today.minusDays(10), today.minusDays(5)));
        TaskSummary buildUp = countdown.create(event.id(), task("展位搭建", "Build-up", Workstream.VENUE_BUILD_UP, today.minusDays(4), today.plusDays(3), tender.id()));

        TaskDraft start = countdown.draftOf(buildUp.id());
        start.setStatus(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> countdown.update(buildUp.id(), start))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("countdown.error.dependency-not-done"));

        TaskDraft finish = countdown.draftOf(tender.id());
        finish.setStatus(TaskStatus.DONE);
        assertThat(countdown.update(tender.id(), finish).doneOn()).isEqualTo(today);
        TaskDraft startNow = countdown.draftOf(buildUp.id());
        startNow.setStatus(TaskStatus.IN_PROGRESS);
        startNow.setProgress(40);
        assertThat(countdown.update(buildUp.id(), startNow).progress()).isEqualTo(40);
    }

    @Test
    void moving_a_deadline_past_the_start_of_a_task_that_waits_for_it_is_refused() {
        TaskSummary tender = countdown.create(event.id(), task("搭建招标", "Tender", Workstream.VENUE_BUILD_UP, today, today.plusDays(5)));
        countdown.create(event.id(), task("展位搭建", "Build-up", Workstream.VENUE_BUILD_UP, today.plusDays(6), today.plusDays(12), tender.id()));

        TaskDraft later = countdown.draftOf(tender.id());
        later.setDeadline(today.plusDays(6));
        assertThatThrownBy(() -> countdown.update(tender.id(), later))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("countdown.error.deadline-after-successor"));
    }

    @Test
    void a_dependency_cycle_is_refused_with_a_translated_message_naming_the_cycle() {
        TaskSummary a = countdown.create(event.id(), task("制定方案", "Draft the plan", Workstream.OTHER, today, today.plusDays(1)));
        TaskSummary b = countdown.create(event.id(), task("审定方案", "Approve the plan", Workstream.OTHER, today.plusDays(2), today.plusDays(3), a.id()));
        TaskSummary c = countdown.create(event.id(), task("印发方案", "Issue the plan", Workstream.OTHER, today.plusDays(4), today.plusDays(5), b.id()));

        TaskDraft loop = countdown.draftOf(a.id());
        loop.setDependsOn(Set.of(c.id()));
        BusinessRuleException refused = org.junit.jupiter.api.Assertions.assertThrows(BusinessRuleException.class,
                () -> countdown.update(a.id(), loop));

        assertThat(refused.messageKey()).isEqualTo("countdown.error.cycle");
        String zh = BUNDLES.text(AppLocales.ZH_CN, refused.messageKey(), refused.arguments());
        String en = BUNDLES.text(AppLocales.EN, refused.messageKey(), refused.arguments());
        assertThat(zh).contains("制定方案", "审定方案", "印发方案", "→").doesNotContain("Draft the plan");
        assertThat(en).contains("Draft the plan", "Approve the plan", "Issue the plan", "→").doesNotContain("制定方案");
        assertThat(countdown.find(a.id()).orElseThrow().dependsOn()).as("nothing changed").isEmpty();
    }

    @Test
    void a_dependency_on_a_task_of_another_event_is_refused() {
        EventSummary other = data.event("另一展会", "Another fair", 40);
        TestData.signInAs(data.account(unique("both"), EnumSet.of(Role.ORGANISER), event.id(), other.id()));
        TaskSummary elsewhere = countdown.create(other.id(), task("外部任务", "Elsewhere", Workstream.OTHER, today, today));

        assertThatThrownBy(() -> countdown.create(event.id(), task("本展任务", "Here", Workstream.OTHER, today.plusDays(1), today.plusDays(2), elsewhere.id())))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("countdown.error.dependency-unknown"));
    }

    @Test
    void the_starter_template_plans_the_event_backwards_from_opening_day() {
        TemplateSummary starter = templates.templates().stream().filter(t -> t.sourceEventId() == null).findFirst().orElseThrow();
        assertThat(starter.nameZh()).contains("起步模板");
        assertThat(starter.taskCount()).isBetween(24, 30);

        int created = templates.apply(starter.id(), event.id());

        List<TaskSummary> tasks = countdown.tasks(event.id());
        assertThat(tasks).hasSize(created);
        TaskSummary buildUp = tasks.stream().filter(t -> t.titleZh().equals("展位搭建（布展）")).findFirst().orElseThrow();
        assertThat(buildUp.startDate()).as("D-10").isEqualTo(event.startDate().minusDays(10));
        assertThat(buildUp.durationDays()).isEqualTo(7);
        assertThat(buildUp.dependsOn()).hasSize(2);
        TaskSummary opening = tasks.stream().filter(t -> t.titleEn().equals("Opening day")).findFirst().orElseThrow();
        assertThat(opening.startDate()).isEqualTo(event.startDate());
        assertThat(tasks).extracting(TaskSummary::startDate).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(event.startDate().minusDays(60)));

        WallChart chart = countdown.wallChart(event.id());
        List<String> critical = tasks.stream().filter(t -> chart.critical().contains(t.id())).map(TaskSummary::titleEn).toList();
        assertThat(critical).contains("Set up the leading group and issue the work plan", "Publish the call for exhibitors and open registration",
                "Allocate booths and notify exhibitors", "Booth build-up", "Fire and electrical safety inspection",
                "Opening ceremony rehearsal", "Opening day");
        assertThat(critical).doesNotContain("Press conference", "Tear-down and hall handover", "Food safety checks of hotels and dining places");
        assertThat(chart.daysToOpening()).isEqualTo(30);

        assertThatThrownBy(() -> templates.apply(starter.id(), event.id()))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("countdown.error.event-has-tasks"));
    }

    @Test
    void last_years_edition_saved_as_a_template_plans_the_next_with_the_same_offsets_and_dependencies() {
        TaskSummary plan = countdown.create(event.id(), task("制定方案", "Draft the plan", Workstream.OTHER,
                event.startDate().minusDays(20), event.startDate().minusDays(18)));
        countdown.create(event.id(), task("展位搭建", "Build-up", Workstream.VENUE_BUILD_UP,
                event.startDate().minusDays(10), event.startDate().minusDays(4), plan.id()));
        TemplateSummary saved = templates.saveFromEvent(event.id(), "第四届模板", "4th edition");

        EventSummary next = data.event("第五届云溪小商品博览会", "5th Yunxi Small Commodities Expo", 365);
        TestData.signInAs(data.account(unique("next"), EnumSet.of(Role.ORGANISER), next.id()));
        templates.apply(saved.id(), next.id());

        List<TaskSummary> tasks = countdown.tasks(next.id());
        assertThat(tasks).extracting(TaskSummary::startDate).containsExactly(next.startDate().minusDays(20), next.startDate().minusDays(10));
        assertThat(tasks.get(1).dependsOn()).containsExactly(tasks.get(0).id());
        assertThat(tasks.get(1).deadline()).isEqualTo(next.startDate().minusDays(4));
    }

    @Test
    void an_organiser_of_another_event_can_neither_see_nor_change_the_tasks() {
        TaskSummary mine = countdown.create(event.id(), task("制定方案", "Draft the plan", Workstream.OTHER, today, today.plusDays(1)));
        signInAsOrganiserOfNewEvent(data, 50);

        assertThat(countdown.find(mine.id())).isEmpty();
        assertThatThrownBy(() -> countdown.tasks(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countdown.list(event.id(), TaskFilter.all(), PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countdown.draftOf(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countdown.delete(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countdown.create(event.id(), task("x", "x", Workstream.OTHER, today, today))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countdown.wallChart(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.saveFromEvent(event.id(), "偷", "steal")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.apply(templates.templates().getFirst().id(), event.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void safety_reception_and_volunteers_do_not_plan_and_anonymous_callers_are_refused() {
        for (Role role : List.of(Role.SAFETY, Role.RECEPTION, Role.VOLUNTEER, Role.EXHIBITOR)) {
            TestData.signInAs(data.account(unique(role.name().toLowerCase(java.util.Locale.ROOT)), EnumSet.of(role), event.id()));
            assertThatThrownBy(() -> countdown.tasks(event.id())).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.templates()).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestData.signOut();
        assertThatThrownBy(() -> countdown.tasks(event.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
