package org.expodesk.event;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.expodesk.event.domain.Event;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Creating, editing, archiving and listing events. Office staff see and change only the events assigned
 * to them; every signed-in user may read the events they work on, to pick the current one.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository events;
    private final EventAccessPolicy access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventService(EventRepository events, EventAccessPolicy access, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize(Roles.OFFICE)
    public Page<EventSummary> list(EventFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "startDate"));
        return events.findAll(EventRepository.matching(filter, visibleIds()), sorted).map(Event::toSummary);
    }

    @PreAuthorize(Roles.OFFICE)
    public long count(EventFilter filter) {
        return events.count(EventRepository.matching(filter, visibleIds()));
    }

    /** The events the user may choose as current event: assigned, not archived, the next to open first. */
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> selectable() {
        return events.findAll(EventRepository.matching(EventFilter.active(), visibleIds())).stream()
                .map(Event::toSummary)
                .sorted(Comparator.comparing((EventSummary e) -> e.endDate().isBefore(java.time.LocalDate.now(clock)))
                        .thenComparing(EventSummary::startDate))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<EventSummary> find(long eventId) {
        if (!access.canAccess(eventId)) {
            return Optional.empty();
        }
        return events.findById(eventId).map(Event::toSummary);
    }

    /**
     * An event as anybody may see it, signed in or not, for public pages such as the programme: only events that
     * are not archived. Callers decide what of it to publish.
     */
    @PreAuthorize("permitAll()")
    public Optional<EventSummary> findPublic(long eventId) {
        return events.findById(eventId).map(Event::toSummary).filter(e -> !e.archived());
    }

    /**
     * The event, if it takes registrations now (status REGISTRATION, not archived): what the public
     * registration page may show to anybody, signed in or not. Other events stay unknown to the public.
     */
    @PreAuthorize("permitAll()")
    public Optional<EventSummary> findOpenForRegistration(long eventId) {
        return events.findById(eventId).map(Event::toSummary)
                .filter(e -> e.status() == EventStatus.REGISTRATION && !e.archived());
    }

    @PreAuthorize(Roles.OFFICE)
    public EventDraft draftOf(long eventId) {
        return load(eventId).toDraft();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public EventSummary create(@jakarta.validation.Valid EventDraft draft) {
        checkRules(draft);
        Event saved = events.saveAndFlush(Event.create(draft, clock.instant()));
        publisher.publishEvent(new EventCreated(saved.requireId(), CurrentUser.require().accountId()));
        return saved.toSummary();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public EventSummary update(long eventId, @jakarta.validation.Valid EventDraft draft) {
        checkRules(draft);
        Event event = load(eventId);
        if (draft.getVersion() != null && draft.getVersion() != event.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        event.apply(draft, clock.instant());
        EventSummary saved = events.saveAndFlush(event).toSummary();
        publisher.publishEvent(new EventUpdated(eventId));
        return saved;
    }

    /** Archived events leave the lists and the event chooser, and keep all their data. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public EventSummary archive(long eventId) {
        Event event = load(eventId);
        event.archive(clock.instant());
        return event.toSummary();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public EventSummary restore(long eventId) {
        Event event = load(eventId);
        event.restore(clock.instant());
        return event.toSummary();
    }

    private Event load(long eventId) {
        access.requireAccess(eventId);
        return events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    private java.util.@org.jspecify.annotations.Nullable Set<Long> visibleIds() {
        return access.seesAllEvents() ? null : access.assignedEventIds();
    }

    private static void checkRules(EventDraft draft) {
        if (draft.getStartDate() != null && draft.getEndDate() != null && draft.getEndDate().isBefore(draft.getStartDate())) {
            throw new BusinessRuleException("event.error.end-before-start");
        }
        try {
            ZoneId.of(draft.getTimeZone());
        } catch (DateTimeException e) {
            throw new BusinessRuleException("event.error.time-zone", draft.getTimeZone());
        }
    }
}
