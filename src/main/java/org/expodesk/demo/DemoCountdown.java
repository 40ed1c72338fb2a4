package org.expodesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.CountdownTemplateService;
import org.expodesk.countdown.DailySummaryService;
import org.expodesk.countdown.TaskDraft;
import org.expodesk.countdown.TaskStatus;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.TemplateSummary;
import org.expodesk.countdown.Workstream;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo expo's countdown: the starter template applied from its opening day, owners from the unit tree, and
 * progress as it would be today (what ended long ago done, a few late, what runs now in progress), plus the
 * stored daily summary of yesterday. Skipped when the expo already has tasks.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoCountdown implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCountdown.class);
    /** Titles (English) of past tasks left unfinished, so the demo shows late work in red. */
    private static final List<String> LEFT_LATE = List.of("Draw up the guest and merchant invitation list", "Tender for the booth build-up contractor");

    private final EventService events;
    private final CountdownService countdown;
    private final CountdownTemplateService templates;
    private final DailySummaryService summaries;
    private final UnitService units;
    private final Clock clock;

    DemoCountdown(EventService events, CountdownService countdown, CountdownTemplateService templates, DailySummaryService summaries,
            UnitService units, Clock clock) {
        this.events = events;
        this.countdown = countdown;
        this.templates = templates;
        this.summaries = summaries;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.list(new EventFilter("4th Yunxi", false), PageRequest.of(0, 1)).stream().findFirst().orElse(null);
            if (expo == null) {
                return;
            }
            List<TaskSummary> existing = countdown.tasks(expo.id());
            boolean ownTasksThere = existing.stream().anyMatch(t -> DemoCountdownTasks.TASKS.getFirst().titleEn().equals(t.titleEn()));
            if (!existing.isEmpty() && ownTasksThere) {
                return;
            }
            if (existing.isEmpty()) {
                TemplateSummary starter = templates.templates().stream().filter(t -> t.sourceEventId() == null).findFirst().orElseThrow();
                templates.apply(starter.id(), expo.id());
            }
            Set<Long> before = existing.stream().map(TaskSummary::id).collect(Collectors.toSet());
            addOwnTasks(expo);
            progress(expo, before);
            if (!existing.isEmpty()) {
                log.info("Demo countdown grown to {} tasks", countdown.tasks(expo.id()).size());
                return;
            }
            LocalDate yesterday = LocalDate.now(clock.withZone(expo.timeZone())).minusDays(1);
            summaries.compose(expo.id(), yesterday);
            log.info("Demo countdown: {} tasks, summary of {}", countdown.tasks(expo.id()).size(), yesterday);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The demo's own tasks around the template's, dated from opening day; none depends on another. */
    private void addOwnTasks(EventSummary expo) {
        for (DemoCountdownTasks.Task task : DemoCountdownTasks.TASKS) {
            TaskDraft draft = new TaskDraft();
            draft.setTitleZh(task.titleZh());
            draft.setTitleEn(task.titleEn());
            draft.setWorkstream(task.workstream());
            draft.setStartDate(expo.startDate().plusDays(task.startOffset()));
            draft.setDeadline(expo.startDate().plusDays(task.startOffset() + task.days() - 1L));
            draft.setStatus(TaskStatus.NOT_STARTED);
            countdown.create(expo.id(), draft);
        }
    }

    /**
     * Tasks in start order (every task after those it waits for), so a task is only started once they are done.
     * Tasks whose ids are in {@code skip} were there before this start and keep their state.
     */
    private void progress(EventSummary expo, Set<Long> skip) {
        LocalDate today = LocalDate.now(clock.withZone(expo.timeZone()));
        Map<Workstream, UnitSummary> owners = owners();
        for (TaskSummary task : countdown.tasks(expo.id())) {
            if (skip.contains(task.id())) {
                continue;
            }
            Map<Long, TaskStatus> statuses = countdown.tasks(expo.id()).stream().collect(Collectors.toMap(TaskSummary::id, TaskSummary::status));
            boolean ready = task.dependsOn().stream().allMatch(id -> statuses.get(id) == TaskStatus.DONE);
            TaskDraft draft = countdown.draftOf(task.id());
            UnitSummary owner = owners.get(task.workstream());
            if (owner != null) {
                draft.setOwnerUnitId(owner.id());
                draft.setOwnerPersonId(owner.liaison() == null ? null : owner.liaison().id());
            }
            if (ready && task.deadline().isBefore(today) && !LEFT_LATE.contains(task.titleEn())
                    && !DemoCountdownTasks.LEFT_LATE.contains(task.titleEn())) {
                draft.setStatus(TaskStatus.DONE);
            } else if (ready && !task.startDate().isAfter(today)) {
                draft.setStatus(TaskStatus.IN_PROGRESS);
                long total = task.durationDays();
                long gone = java.time.temporal.ChronoUnit.DAYS.between(task.startDate(), today) + 1;
                draft.setProgress((int) Math.min(90, Math.max(10, 100 * gone / total / 10 * 10)));
            }
            countdown.update(task.id(), draft);
        }
    }

    /** A unit per workstream: the city commerce bureau and its sister departments when the demo has them, else the first units. */
    private Map<Workstream, UnitSummary> owners() {
        List<UnitSummary> all = units.tree();
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<Workstream, UnitSummary> owners = new java.util.EnumMap<>(Workstream.class);
        Workstream[] streams = Workstream.values();
        for (int i = 0; i < streams.length; i++) {
            owners.put(streams[i], all.get(i % all.size()));
        }
        return owners.entrySet().stream().filter(e -> Objects.nonNull(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, () -> new java.util.EnumMap<>(Workstream.class)));
    }
}
