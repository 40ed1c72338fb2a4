package org.expodesk.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.expodesk.safety.domain.Rectification;
import org.expodesk.safety.domain.RectificationRepository;
import org.expodesk.safety.domain.SafetyTarget;
import org.expodesk.safety.domain.SafetyTargetRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectifications: listed for the office and inspectors, closed only by a passed re-check. A failed re-check is
 * kept in the history, the rectification stays open, and the inspector may give it a new deadline.
 */
@Service
@Transactional(readOnly = true)
public class RectificationService {

    private final RectificationRepository rectifications;
    private final SafetyTargetRepository targets;
    private final PhotoService photos;
    private final SafetyEvents events;
    private final Clock clock;

    RectificationService(RectificationRepository rectifications, SafetyTargetRepository targets, PhotoService photos,
            SafetyEvents events, Clock clock) {
        this.rectifications = rectifications;
        this.targets = targets;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    /** The event's rectifications, open ones only unless asked, soonest deadline first. */
    @PreAuthorize(SafetyRoles.READERS)
    public Page<RectificationSummary> list(long eventId, boolean openOnly, Pageable pageable) {
        ZoneId zone = events.zone(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("status", "deadline"));
        Page<Rectification> page = openOnly ? rectifications.findByEventIdAndStatus(eventId, RectificationStatus.OPEN, sorted)
                : rectifications.findByEventId(eventId, sorted);
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return page.map(r -> r.toSummary(names.computeIfAbsent(r.targetId(), this::targetName), zone, now));
    }

    @PreAuthorize(SafetyRoles.READERS)
    public long count(long eventId, boolean openOnly) {
        events.requireAccess(eventId);
        return openOnly ? rectifications.countByEventIdAndStatus(eventId, RectificationStatus.OPEN)
                : rectifications.countByEventIdAndStatus(eventId, RectificationStatus.OPEN)
                        + rectifications.countByEventIdAndStatus(eventId, RectificationStatus.CLOSED);
    }

    @PreAuthorize(SafetyRoles.READERS)
    public RectificationSummary find(long rectificationId) {
        Rectification r = load(rectificationId);
        return r.toSummary(targetName(r.targetId()), events.zone(r.eventId()), clock.instant());
    }

    /**
     * Records a re-check of the version the inspector saw. Passed closes the rectification; failed keeps it open,
     * with a new deadline (wall-clock time in the event's zone) when one is given.
     */
    @Transactional
    @PreAuthorize(SafetyRoles.INSPECTORS)
    public RectificationSummary recheck(long rectificationId, long version, boolean passed, @Nullable String note,
            @Nullable Long photoId, @Nullable LocalDateTime newDeadline) {
        return recheckAt(rectificationId, version, passed, note, photoId, newDeadline, clock.instant());
    }

    /**
     * Records a re-check done at a past time, like {@link InspectionService#recordAsOf}: administrator only, never
     * in the future, and not before the rectification was opened.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RectificationSummary recordRecheckAsOf(long rectificationId, long version, boolean passed, @Nullable String note,
            @Nullable LocalDateTime newDeadline, Instant at) {
        if (at.isAfter(clock.instant()) || at.isBefore(load(rectificationId).toSummary("", ZoneOffset.UTC, at).openedAt())) {
            throw new BusinessRuleException("safety.error.record-in-future");
        }
        return recheckAt(rectificationId, version, passed, note, null, newDeadline, at);
    }

    private RectificationSummary recheckAt(long rectificationId, long version, boolean passed, @Nullable String note,
            @Nullable Long photoId, @Nullable LocalDateTime newDeadline, Instant now) {
        Rectification r = load(rectificationId);
        if (r.getVersion() != version) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        if (r.status() == RectificationStatus.CLOSED) {
            throw new BusinessRuleException("safety.error.already-closed");
        }
        if (!passed && (note == null || note.isBlank())) {
            throw new BusinessRuleException("safety.error.recheck-note");
        }
        if (photoId != null && photos.eventOf(photoId).filter(e -> e == r.eventId()).isEmpty()) {
            throw new BusinessRuleException("safety.error.photo-unknown", 1);
        }
        ZoneId zone = events.zone(r.eventId());
        r.recheck(passed, note, photoId, CurrentUser.require().displayName(), now);
        if (!passed && newDeadline != null) {
            Instant deadline = newDeadline.atZone(zone).toInstant();
            if (!deadline.isAfter(now)) {
                throw new BusinessRuleException("safety.error.deadline-past", 1);
            }
            r.extend(deadline);
        }
        try {
            return rectifications.saveAndFlush(r).toSummary(targetName(r.targetId()), zone, now);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
    }

    private Rectification load(long rectificationId) {
        Rectification r = rectifications.findById(rectificationId)
                .orElseThrow(() -> new NotFoundException("safety-rectification", rectificationId));
        events.requireAccess(r.eventId());
        return r;
    }

    private String targetName(long targetId) {
        return targets.findById(targetId).map(SafetyTarget::name).orElse("");
    }
}
