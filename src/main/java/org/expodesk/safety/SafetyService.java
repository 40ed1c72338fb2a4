package org.expodesk.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.expodesk.safety.domain.InspectionRepository;
import org.expodesk.safety.domain.RectificationRepository;
import org.expodesk.safety.domain.SafetyTarget;
import org.expodesk.safety.domain.SafetyTargetRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety figures others read: the day's figures for the evening summary (一日一总结) and the live overview for
 * the dashboard. Days are dates in the event's time zone; everything is counted in the database.
 */
@Service
@Transactional(readOnly = true)
public class SafetyService {

    private final InspectionRepository inspections;
    private final RectificationRepository rectifications;
    private final SafetyTargetRepository targets;
    private final SafetyEvents events;
    private final Clock clock;

    SafetyService(InspectionRepository inspections, RectificationRepository rectifications, SafetyTargetRepository targets,
            SafetyEvents events, Clock clock) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One day's figures: inspections made that day and how many failed; rectifications open and overdue at the
     * day's end, or now while the day is not over; the critical failures found that day.
     */
    @PreAuthorize(SafetyRoles.READERS)
    public SafetyDayFigures dayFigures(long eventId, LocalDate day) {
        ZoneId zone = events.zone(eventId);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Instant at = now.isBefore(to) ? now : to;
        List<CriticalFinding> critical = rectifications
                .findByEventIdAndSeverityAndOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAt(eventId, Severity.CRITICAL, from, to)
                .stream()
                .map(r -> new CriticalFinding(r.requireId(), targets.findById(r.targetId()).map(SafetyTarget::name).orElse(""),
                        r.itemZh(), r.itemEn(), r.openedAt(), r.status()))
                .toList();
        return new SafetyDayFigures((int) inspections.countByEventIdAndDay(eventId, day),
                (int) inspections.countByEventIdAndDayAndOutcome(eventId, day, "FAILED"),
                (int) rectifications.countOpenAt(eventId, at), (int) rectifications.countOverdueAt(eventId, at), critical);
    }

    /** Now: open and overdue rectifications, targets and those not inspected today. */
    @PreAuthorize(SafetyRoles.READERS)
    public SafetyOverview overview(long eventId) {
        ZoneId zone = events.zone(eventId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new SafetyOverview(rectifications.countByEventIdAndStatus(eventId, RectificationStatus.OPEN),
                rectifications.countByEventIdAndStatusAndDeadlineBefore(eventId, RectificationStatus.OPEN, now),
                targets.countByEventId(eventId), targets.countNotInspectedOn(eventId, today));
    }

    /** The dashboard's safety figures. */
    public record SafetyOverview(long openRectifications, long overdueRectifications, long targets, long notInspectedToday) {
    }
}
