package org.expodesk.countdown;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expodesk.countdown.domain.DailySummaryEntry;
import org.expodesk.countdown.domain.DailySummaryRepository;
import org.expodesk.countdown.domain.DailySummarySetting;
import org.expodesk.countdown.domain.DailySummarySettingRepository;
import org.expodesk.countdown.domain.SummarySectionsJson;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.daily.DailySummaryContribution;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily summary (一日一总结): composed from every feature's contribution at each event's own hour (default
 * 20:00 in the event's time zone), stored once per event and day, and read next morning. Office staff and the
 * reception and safety teams of the event read it; each sees the sections its roles may see.
 */
@Service
@Transactional(readOnly = true)
public class DailySummaryService {

    public static final String READERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION','SAFETY')";
    /** Closed events keep getting summaries for a few days: tear-down and the wrap-up are still reported. */
    static final int DAYS_AFTER_CLOSING = 7;

    private final DailySummaryRepository summaries;
    private final DailySummarySettingRepository settings;
    private final DailySummaryStore store;
    private final List<DailySummaryContribution> contributions;
    private final EventService events;
    private final EventAccessPolicy access;
    private final Clock clock;

    DailySummaryService(DailySummaryRepository summaries, DailySummarySettingRepository settings, DailySummaryStore store,
            List<DailySummaryContribution> contributions, EventService events, EventAccessPolicy access, Clock clock) {
        this.summaries = summaries;
        this.settings = settings;
        this.store = store;
        this.contributions = contributions;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The days with a summary, the latest first. */
    @PreAuthorize(READERS)
    public Page<LocalDate> days(long eventId, Pageable pageable) {
        access.requireAccess(eventId);
        return summaries.findByEventIdOrderByDayDesc(eventId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(DailySummaryEntry::day);
    }

    @PreAuthorize(READERS)
    public long countDays(long eventId) {
        access.requireAccess(eventId);
        return summaries.countByEventId(eventId);
    }

    /** The summary of the day with the sections the reader's roles may see. */
    @PreAuthorize(READERS)
    public Optional<DailySummary> find(long eventId, LocalDate day) {
        access.requireAccess(eventId);
        Set<Role> roles = CurrentUser.require().roles();
        return summaries.findByEventIdAndDay(eventId, day).map(entry -> new DailySummary(entry.requireId(), eventId, entry.day(),
                entry.composedAt(), SummarySectionsJson.read(entry.sectionsJson()).stream()
                        .filter(s -> roles.contains(Role.ADMIN) || s.visibleToAny(roles)).toList()));
    }

    @PreAuthorize(READERS)
    public int summaryHour(long eventId) {
        access.requireAccess(eventId);
        return settings.findById(eventId).map(DailySummarySetting::hour).orElse(SummaryHour.DEFAULT);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public int setSummaryHour(long eventId, int hour) {
        access.requireAccess(eventId);
        if (hour < 0 || hour > 23) {
            throw new BusinessRuleException("countdown.error.summary-hour");
        }
        DailySummarySetting setting = settings.findById(eventId).orElseGet(() -> new DailySummarySetting(eventId, hour));
        setting.setHour(hour);
        settings.saveAndFlush(setting);
        return hour;
    }

    /**
     * Composes and stores the event's summary of the day, unless it exists. Two application instances may try at
     * the same minute: the database keeps one row per event and day, and the loser leaves the winner's summary.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Roles.OFFICE)
    public ComposeResult compose(long eventId, LocalDate day) {
        access.requireAccess(eventId);
        if (summaries.existsByEventIdAndDay(eventId, day)) {
            return new ComposeResult.AlreadyComposed(eventId, day);
        }
        List<DailySummarySection> sections = new ArrayList<>();
        contributions.forEach(c -> sections.addAll(c.sections(eventId, day)));
        sections.sort(Comparator.comparingInt(DailySummarySection::order).thenComparing(DailySummarySection::id));
        try {
            long id = store.insert(eventId, day, clock.instant(), SummarySectionsJson.write(sections));
            return new ComposeResult.Composed(id, eventId, day);
        } catch (DataIntegrityViolationException raced) {
            return new ComposeResult.AlreadyComposed(eventId, day);
        }
    }

    /**
     * Composes every summary due at {@code now}: for each active event whose hour has come in its own time zone
     * and whose day has no summary yet. Run every minute by the scheduler as the system; safe to repeat.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ComposeResult> composeDue(Instant now) {
        List<ComposeResult> results = new ArrayList<>();
        for (EventSummary event : events.list(EventFilter.active(), PageRequest.of(0, 1000)).getContent()) {
            int hour = settings.findById(event.id()).map(DailySummarySetting::hour).orElse(SummaryHour.DEFAULT);
            SummaryHour.dueDay(event.timeZone(), hour, now)
                    .filter(day -> !day.isAfter(event.endDate().plusDays(DAYS_AFTER_CLOSING)))
                    .filter(day -> !summaries.existsByEventIdAndDay(event.id(), day))
                    .ifPresent(day -> results.add(compose(event.id(), day)));
        }
        return results;
    }

    /** What {@link #compose} did. */
    public sealed interface ComposeResult {
        record Composed(long summaryId, long eventId, LocalDate day) implements ComposeResult {
        }

        record AlreadyComposed(long eventId, LocalDate day) implements ComposeResult {
        }
    }
}
