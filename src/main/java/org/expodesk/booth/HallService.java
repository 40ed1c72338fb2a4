package org.expodesk.booth;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expodesk.booth.domain.BoothCodes;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.Hall;
import org.expodesk.booth.domain.HallRepository;
import org.expodesk.booth.domain.Metres;
import org.expodesk.booth.domain.PlanChecks;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The halls of an event. The office creates and edits them; reception and safety staff may read them (the
 * plan shows them where the doors are). A hall cannot shrink under its booths, and its code is unique in the event.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class HallService {

    /** Office staff plus those who read the plan on site: reception and safety inspectors. */
    public static final String PLAN_READERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION','SAFETY')";

    private final HallRepository halls;
    private final BoothRepository booths;
    private final PlanGuard guard;
    private final EventAccessPolicy access;
    private final Clock clock;

    HallService(HallRepository halls, BoothRepository booths, PlanGuard guard, EventAccessPolicy access, Clock clock) {
        this.halls = halls;
        this.booths = booths;
        this.guard = guard;
        this.access = access;
        this.clock = clock;
    }

    /** The event's halls in display order. */
    @PreAuthorize(PLAN_READERS)
    public List<HallSummary> halls(long eventId) {
        access.requireAccess(eventId);
        return halls.findByEventIdOrderBySortOrderAscCodeAsc(eventId).stream().map(Hall::toSummary).toList();
    }

    /** The event's halls for an exhibitor of the event choosing booths (halls hold nothing private). */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public List<HallSummary> hallsForExhibitors(long eventId) {
        access.requireAccess(eventId);
        return halls.findByEventIdOrderBySortOrderAscCodeAsc(eventId).stream().map(Hall::toSummary).toList();
    }

    @PreAuthorize(PLAN_READERS)
    public Optional<HallSummary> find(long hallId) {
        return halls.findById(hallId).filter(h -> access.canAccess(h.eventId())).map(Hall::toSummary);
    }

    @PreAuthorize(Roles.OFFICE)
    public HallDraft draftOf(long hallId) {
        return guard.hall(hallId).toDraft();
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public HallSummary create(long eventId, @Valid HallDraft draft) {
        access.requireAccess(eventId);
        String code = BoothCodes.normalise(draft.getCode());
        checkCodeFree(eventId, code, null);
        checkEntrances(draft);
        return halls.saveAndFlush(new Hall(eventId, code, draft, clock.instant())).toSummary();
    }

    /** A smaller hall must still hold all its booths; the booths left outside are named. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public HallSummary update(long hallId, @Valid HallDraft draft) {
        Hall hall = guard.lockedHall(hallId);
        if (draft.getVersion() != null && draft.getVersion() != hall.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        String code = BoothCodes.normalise(draft.getCode());
        checkCodeFree(hall.eventId(), code, hallId);
        checkEntrances(draft);
        long width = Footprint.centimetres(requireSize(draft.getWidth()));
        long depth = Footprint.centimetres(requireSize(draft.getDepth()));
        List<PlanProblem> outside = new ArrayList<>();
        for (org.expodesk.booth.domain.BoothGeometry booth : booths.findGeometry(hallId)) {
            if (!booth.footprint().insideHall(width, depth)) {
                outside.add(PlanProblem.of("booth.error.outside-hall", booth.code(), code, Metres.text(width), Metres.text(depth)));
            }
        }
        if (!outside.isEmpty()) {
            throw new PlanRuleException(PlanChecks.shortened(outside));
        }
        hall.apply(code, draft, clock.instant());
        return halls.saveAndFlush(hall).toSummary();
    }

    /** Only an empty hall can be removed: booths are deleted first, on purpose and one decision at a time. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public void delete(long hallId) {
        Hall hall = guard.lockedHall(hallId);
        if (booths.existsByHallId(hallId)) {
            throw new BusinessRuleException("booth.error.hall-has-booths", hall.code());
        }
        halls.delete(hall);
    }

    private void checkCodeFree(long eventId, String code, @org.jspecify.annotations.Nullable Long self) {
        halls.findByEventIdAndCode(eventId, code).filter(h -> self == null || h.requireId() != self).ifPresent(h -> {
            throw new BusinessRuleException("booth.error.hall-code-taken", code);
        });
    }

    /** A door must be on its wall: its offset no longer than that wall. */
    private static void checkEntrances(HallDraft draft) {
        for (Entrance e : draft.getEntrances()) {
            BigDecimal wall = e.wall() == Wall.NORTH || e.wall() == Wall.SOUTH ? draft.getWidth() : draft.getDepth();
            if (e.label().isBlank() || e.label().length() > 60) {
                throw new BusinessRuleException("booth.error.entrance-label");
            }
            if (wall != null && (e.offset().signum() < 0 || e.offset().compareTo(wall) > 0 || e.offset().stripTrailingZeros().scale() > 2)) {
                throw new BusinessRuleException("booth.error.entrance-off-wall", e.label(), Metres.text(wall));
            }
        }
    }

    private static BigDecimal requireSize(@org.jspecify.annotations.Nullable BigDecimal size) {
        if (size == null) {
            throw new IllegalArgumentException("validated as @NotNull");
        }
        return size;
    }
}
