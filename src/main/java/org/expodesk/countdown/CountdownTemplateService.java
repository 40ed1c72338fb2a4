package org.expodesk.countdown;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.expodesk.countdown.domain.CountdownTask;
import org.expodesk.countdown.domain.CountdownTaskRepository;
import org.expodesk.countdown.domain.CountdownTemplate;
import org.expodesk.countdown.domain.CountdownTemplateRepository;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countdowns relative to opening day, so next year's edition is planned in minutes: apply a template to an event
 * (real dates from its opening day), or save an event's tasks as a template ("copy from last year's edition").
 * The product brings a bilingual starter template of a county expo (migration V36).
 */
@Service
@Transactional(readOnly = true)
public class CountdownTemplateService {

    private final CountdownTemplateRepository templates;
    private final CountdownTaskRepository tasks;
    private final EventService events;
    private final EventAccessPolicy access;
    private final Clock clock;

    CountdownTemplateService(CountdownTemplateRepository templates, CountdownTaskRepository tasks, EventService events,
            EventAccessPolicy access, Clock clock) {
        this.templates = templates;
        this.tasks = tasks;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(Roles.OFFICE)
    public List<TemplateSummary> templates() {
        return templates.findAllByOrderByCreatedAtAscIdAsc().stream().map(CountdownTemplate::toSummary).toList();
    }

    @PreAuthorize(Roles.OFFICE)
    public List<TemplateItem> items(long templateId) {
        return load(templateId).items();
    }

    /**
     * Creates the template's tasks for the event: each starts at opening day plus its offset and keeps its
     * duration and dependencies. Only on an event without tasks, so a second click does not double the plan.
     */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public int apply(long templateId, long eventId) {
        EventSummary event = event(eventId);
        if (tasks.existsByEventId(eventId)) {
            throw new BusinessRuleException("countdown.error.event-has-tasks");
        }
        List<TemplateItem> items = load(templateId).items();
        LocalDate today = LocalDate.now(clock.withZone(event.timeZone()));
        List<Long> ids = new ArrayList<>();
        for (TemplateItem item : items) {
            TaskDraft draft = new TaskDraft();
            draft.setTitleZh(item.titleZh());
            draft.setTitleEn(item.titleEn());
            draft.setWorkstream(item.workstream());
            LocalDate start = event.startDate().plusDays(item.startOffset());
            draft.setStartDate(start);
            draft.setDeadline(start.plusDays(item.durationDays() - 1L));
            for (Integer position : item.dependsOn()) {
                if (position < 0 || position >= ids.size()) {
                    throw new BusinessRuleException("countdown.error.template-broken", item.titleZh());
                }
                draft.getDependsOn().add(ids.get(position));
            }
            ids.add(tasks.save(new CountdownTask(eventId, draft, today, clock.instant())).requireId());
        }
        tasks.flush();
        return ids.size();
    }

    /** Saves the event's tasks relative to its opening day, in start order (which puts every task after those it depends on). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public TemplateSummary saveFromEvent(long eventId, String nameZh, String nameEn) {
        if (nameZh.isBlank()) {
            throw new BusinessRuleException("countdown.error.template-name");
        }
        EventSummary event = event(eventId);
        List<CountdownTask> all = tasks.findByEventIdOrderByStartDateAscIdAsc(eventId);
        if (all.isEmpty()) {
            throw new BusinessRuleException("countdown.error.no-tasks");
        }
        Map<Long, Integer> position = new HashMap<>();
        List<TemplateItem> items = new ArrayList<>();
        for (CountdownTask task : all) {
            TaskDraft d = task.toDraft();
            Set<Long> before = task.dependsOn();
            List<Integer> dependsOn = before.stream().map(position::get).filter(java.util.Objects::nonNull).sorted()
                    .collect(Collectors.toList());
            items.add(new TemplateItem(d.getTitleZh(), d.getTitleEn(), java.util.Objects.requireNonNull(d.getWorkstream()),
                    (int) ChronoUnit.DAYS.between(event.startDate(), task.startDate()),
                    (int) ChronoUnit.DAYS.between(task.startDate(), task.deadline()) + 1, dependsOn));
            position.put(task.requireId(), items.size() - 1);
        }
        return templates.saveAndFlush(new CountdownTemplate(nameZh, nameEn, eventId, items, clock.instant())).toSummary();
    }

    private CountdownTemplate load(long templateId) {
        return templates.findById(templateId).orElseThrow(() -> new NotFoundException("countdown-template", templateId));
    }

    private EventSummary event(long eventId) {
        access.requireAccess(eventId);
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }
}
