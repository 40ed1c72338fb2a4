package org.expodesk.countdown;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.expodesk.countdown.domain.CountdownTask;
import org.expodesk.countdown.domain.CountdownTaskRepository;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.expodesk.unit.UnitService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The preparation tasks of an event, for the office of that event. Dates are days in the event's time zone, and
 * "late" is judged there too (deadline passed, not done). Every change keeps the plan sound: the deadline is not
 * before the start, dependencies stay inside the event and form no cycle, a task starts after what it depends on
 * has finished, and it can only be in progress or done once those are done.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CountdownService {

    private final CountdownTaskRepository tasks;
    private final EventService events;
    private final PersonService persons;
    private final UnitService units;
    private final EventAccessPolicy access;
    private final Clock clock;

    CountdownService(CountdownTaskRepository tasks, EventService events, PersonService persons, UnitService units,
            EventAccessPolicy access, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.persons = persons;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(Roles.OFFICE)
    public Page<TaskSummary> list(long eventId, TaskFilter filter, Pageable pageable) {
        LocalDate today = today(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("deadline", "startDate", "id"));
        return tasks.findAll(CountdownTaskRepository.matching(eventId, filter, today), sorted).map(t -> t.toSummary(today));
    }

    @PreAuthorize(Roles.OFFICE)
    public long count(long eventId, TaskFilter filter) {
        return tasks.count(CountdownTaskRepository.matching(eventId, filter, today(eventId)));
    }

    /** Every task of the event, earliest first: for the wall chart and the dependency chooser. */
    @PreAuthorize(Roles.OFFICE)
    public List<TaskSummary> tasks(long eventId) {
        LocalDate today = today(eventId);
        return tasks.findByEventIdOrderByStartDateAscIdAsc(eventId).stream().map(t -> t.toSummary(today)).toList();
    }

    @PreAuthorize(Roles.OFFICE)
    public Optional<TaskSummary> find(long taskId) {
        return tasks.findById(taskId).filter(t -> access.canAccess(t.eventId())).map(t -> t.toSummary(today(t.eventId())));
    }

    @PreAuthorize(Roles.OFFICE)
    public TaskDraft draftOf(long taskId) {
        return load(taskId).toDraft();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public TaskSummary create(long eventId, @Valid TaskDraft draft) {
        LocalDate today = today(eventId);
        check(eventId, null, draft);
        return tasks.saveAndFlush(new CountdownTask(eventId, draft, today, clock.instant())).toSummary(today);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public TaskSummary update(long taskId, @Valid TaskDraft draft) {
        CountdownTask task = load(taskId);
        if (draft.getVersion() != null && draft.getVersion() != task.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        check(task.eventId(), taskId, draft);
        LocalDate today = today(task.eventId());
        task.apply(draft, today, clock.instant());
        return tasks.saveAndFlush(task).toSummary(today);
    }

    /** Tasks waiting for this one lose that dependency (the database removes it with the task). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void delete(long taskId) {
        tasks.delete(load(taskId));
    }

    /** The wall chart: the event, today in its time zone, every task, and the critical path to opening day. */
    @PreAuthorize(Roles.OFFICE)
    public WallChart wallChart(long eventId) {
        EventSummary event = event(eventId);
        List<TaskSummary> all = tasks(eventId);
        return new WallChart(event, LocalDate.now(clock.withZone(event.timeZone())), all, criticalPath(all, event.startDate()));
    }

    /** The dashboard's counts: late, due within the coming seven days, done. */
    @PreAuthorize(Roles.OFFICE)
    public CountdownFigures figures(long eventId) {
        LocalDate today = today(eventId);
        List<TaskSummary> all = tasks(eventId);
        long late = all.stream().filter(TaskSummary::late).count();
        long dueThisWeek = all.stream().filter(t -> t.status() != TaskStatus.DONE && !t.deadline().isBefore(today)
                && t.deadline().isBefore(today.plusDays(7))).count();
        long done = all.stream().filter(t -> t.status() == TaskStatus.DONE).count();
        return new CountdownFigures(all.size(), done, late, dueThisWeek);
    }

    /**
     * The critical path to opening day: the longest chain of durations among the tasks that end by opening day
     * (tear-down and the wrap-up after opening do not decide whether the fair opens on time).
     */
    static Set<Long> criticalPath(List<TaskSummary> all, LocalDate openingDay) {
        List<TaskGraph.Node> nodes = all.stream().filter(t -> !t.deadline().isAfter(openingDay))
                .map(t -> new TaskGraph.Node(t.id(), t.durationDays(), Set.copyOf(t.dependsOn()))).toList();
        return TaskGraph.criticalPath(nodes);
    }

    private void check(long eventId, @Nullable Long self, TaskDraft draft) {
        LocalDate start = draft.getStartDate();
        LocalDate deadline = draft.getDeadline();
        if (start == null || deadline == null) {
            throw new IllegalArgumentException("validated as @NotNull");
        }
        if (deadline.isBefore(start)) {
            throw new BusinessRuleException("countdown.error.deadline-before-start");
        }
        if (draft.getOwnerPersonId() != null && persons.find(draft.getOwnerPersonId()).isEmpty()) {
            throw new NotFoundException("person", draft.getOwnerPersonId());
        }
        if (draft.getOwnerUnitId() != null && units.find(draft.getOwnerUnitId()).isEmpty()) {
            throw new NotFoundException("unit", draft.getOwnerUnitId());
        }
        Map<Long, CountdownTask> byId = tasks.findByEventIdOrderByStartDateAscIdAsc(eventId).stream()
                .collect(Collectors.toMap(CountdownTask::requireId, t -> t));
        for (Long before : draft.getDependsOn()) {
            if (before.equals(self) || !byId.containsKey(before)) {
                throw new BusinessRuleException("countdown.error.dependency-unknown", before);
            }
        }
        Map<Long, Set<Long>> graph = new HashMap<>();
        byId.forEach((id, t) -> graph.put(id, t.dependsOn()));
        long selfKey = self == null ? -1 : self;
        graph.put(selfKey, Set.copyOf(draft.getDependsOn()));
        TaskGraph.cycle(graph).ifPresent(cycle -> {
            throw new BusinessRuleException("countdown.error.cycle",
                    chain(cycle, byId, selfKey, draft, true), chain(cycle, byId, selfKey, draft, false));
        });
        for (Long before : draft.getDependsOn()) {
            CountdownTask predecessor = byId.get(before);
            String title = predecessor.toDraft().getTitleZh();
            if (!start.isAfter(predecessor.deadline())) {
                throw new BusinessRuleException("countdown.error.starts-before-dependency", title, predecessor.deadline().toString());
            }
            if (draft.getStatus() != null && draft.getStatus().started() && predecessor.status() != TaskStatus.DONE) {
                throw new BusinessRuleException("countdown.error.dependency-not-done", title);
            }
        }
        if (self != null) {
            for (CountdownTask after : byId.values()) {
                if (after.dependsOn().contains(self) && !after.startDate().isAfter(deadline)) {
                    throw new BusinessRuleException("countdown.error.deadline-after-successor",
                            after.toDraft().getTitleZh(), after.startDate().toString());
                }
            }
        }
    }

    /** The cycle as titles, "A → B → A", in Chinese or English (the two bundles each pick theirs). */
    private static String chain(List<Long> cycle, Map<Long, CountdownTask> byId, long selfKey, TaskDraft draft, boolean chinese) {
        return cycle.stream().map(id -> {
            TaskDraft d = id == selfKey ? draft : byId.get(id).toDraft();
            return chinese || d.getTitleEn() == null || d.getTitleEn().isBlank() ? d.getTitleZh().strip() : d.getTitleEn().strip();
        }).collect(Collectors.joining(" → "));
    }

    private CountdownTask load(long taskId) {
        CountdownTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("countdown-task", taskId));
        access.requireAccess(task.eventId());
        return task;
    }

    private EventSummary event(long eventId) {
        access.requireAccess(eventId);
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    /** Today in the event's own time zone: a task due today is not late in Urumqi at 23:30 Beijing time. */
    private LocalDate today(long eventId) {
        return LocalDate.now(clock.withZone(event(eventId).timeZone()));
    }

    Instant now() {
        return clock.instant();
    }
}
