package org.expodesk.booth;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.expodesk.booth.domain.BlockLayout;
import org.expodesk.booth.domain.Booth;
import org.expodesk.booth.domain.BoothCodes;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.CodePattern;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.Hall;
import org.expodesk.booth.domain.HallRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Booths on the halls' plans: generated in blocks, edited, blocked or reserved, merged, split and deleted by
 * the office; read by reception and safety staff for the plan. Every change locks its hall, is checked
 * against the plan's rules as a whole and is saved completely or not at all. Actions name the version of
 * the booth the user saw, so a change made meanwhile by someone else is never overwritten silently.
 *
 * <p>Changes run in READ COMMITTED: after waiting for the hall's lock, a change must see the booths the
 * previous one committed. Under MySQL's default REPEATABLE READ, a read made before the lock would fix an
 * older snapshot and the checks could miss a booth saved meanwhile.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BoothService {

    private final BoothRepository booths;
    private final HallRepository halls;
    private final PlanGuard guard;
    private final BoothReshaping reshaping;
    private final EventAccessPolicy access;
    private final Clock clock;

    BoothService(BoothRepository booths, HallRepository halls, PlanGuard guard, BoothReshaping reshaping,
            EventAccessPolicy access, Clock clock) {
        this.booths = booths;
        this.halls = halls;
        this.guard = guard;
        this.reshaping = reshaping;
        this.access = access;
        this.clock = clock;
    }

    /** What generating the block would create, and every reason it would be refused; nothing is saved. */
    @PreAuthorize(Roles.OFFICE)
    public BlockPreview preview(long hallId, @Valid BoothBlock block) {
        Hall hall = guard.hall(hallId);
        List<PlanProblem> problems = new ArrayList<>();
        List<Footprint> layout = layout(hall, block, problems);
        BigDecimal count = BigDecimal.valueOf((long) block.getRows() * block.getColumns());
        BigDecimal area = Objects.requireNonNull(block.getBoothWidth()).multiply(Objects.requireNonNull(block.getBoothDepth()));
        return new BlockPreview(count.intValue(), layout.isEmpty() ? "" : layout.getFirst().code(),
                layout.isEmpty() ? "" : layout.getLast().code(), Footprint.metres(BlockLayout.outerWidth(block)),
                Footprint.metres(BlockLayout.outerDepth(block)), count.multiply(area),
                count.multiply(Objects.requireNonNull(block.getPrice())), problems);
    }

    /** Creates all booths of the block, or none of them: any booth outside the hall, overlapping or with a used code refuses it all. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public List<BoothSummary> generate(long hallId, @Valid BoothBlock block) {
        Hall hall = guard.lockedHall(hallId);
        List<PlanProblem> problems = new ArrayList<>();
        List<Footprint> layout = layout(hall, block, problems);
        if (!problems.isEmpty()) {
            throw new PlanRuleException(problems);
        }
        Instant now = clock.instant();
        List<Booth> created = new ArrayList<>(layout.size());
        for (Footprint f : layout) {
            Booth booth = new Booth(hall.eventId(), hallId, f.code(), f, block.getKind(), Objects.requireNonNull(block.getPrice()), now);
            booth.setAside(false, block.getReservedUnitId(), block.getReservedCategory(), now);
            created.add(booth);
        }
        return booths.saveAllAndFlush(created).stream().map(b -> b.toSummary(now)).toList();
    }

    private List<Footprint> layout(Hall hall, BoothBlock block, List<PlanProblem> problems) {
        long count = (long) block.getRows() * block.getColumns();
        if (count > BoothBlock.MAX_BOOTHS) {
            problems.add(PlanProblem.of("booth.error.block-too-large", count, BoothBlock.MAX_BOOTHS));
            return List.of();
        }
        try {
            CodePattern.parse(block.getCodePattern());
        } catch (PlanRuleException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        List<Footprint> layout = BlockLayout.of(block);
        problems.addAll(guard.problems(hall, layout, List.of()));
        Optional.ofNullable(guard.unknownUnit(block.getReservedUnitId())).ifPresent(problems::add);
        return layout;
    }

    @PreAuthorize(HallService.PLAN_READERS)
    public Optional<BoothSummary> find(long boothId) {
        Instant now = clock.instant();
        return booths.findById(boothId).filter(b -> access.canAccess(b.eventId())).map(b -> b.toSummary(now));
    }

    /** A hall and all its booths, for the floor plan. */
    @PreAuthorize(HallService.PLAN_READERS)
    public FloorPlan plan(long hallId) {
        Hall hall = guard.hall(hallId);
        Instant now = clock.instant();
        return new FloorPlan(hall.toSummary(), booths.findByHallIdOrderByCode(hallId).stream().map(b -> b.toSummary(now)).toList());
    }

    /**
     * The plan as an exhibitor of the event sees it while choosing: every booth's place, code and status, but
     * price, reservation and holder only... of none but free booths: who holds a booth is never shown.
     */
    @PreAuthorize("hasRole('EXHIBITOR')")
    public FloorPlan planForExhibitors(long hallId) {
        Hall hall = guard.hall(hallId);
        Instant now = clock.instant();
        return new FloorPlan(hall.toSummary(), booths.findByHallIdOrderByCode(hallId).stream()
                .map(b -> withoutPrivateDetails(b.toSummary(now))).toList());
    }

    private static BoothSummary withoutPrivateDetails(BoothSummary b) {
        boolean free = b.status() == BoothStatus.FREE;
        return new BoothSummary(b.id(), b.eventId(), b.hallId(), b.code(), b.x(), b.y(), b.width(), b.depth(), b.area(), b.kind(),
                free ? b.price() : BigDecimal.ZERO, b.status(), null, null, null, null, b.version());
    }

    /** One page of the event's booths, by code unless the page asks for another order. */
    @PreAuthorize(Roles.OFFICE)
    public Page<BoothSummary> list(long eventId, BoothFilter filter, Pageable pageable) {
        access.requireAccess(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"));
        Instant now = clock.instant();
        return booths.findAll(BoothRepository.matching(eventId, filter), sorted).map(b -> b.toSummary(now));
    }

    @PreAuthorize(Roles.OFFICE)
    public long count(long eventId, BoothFilter filter) {
        access.requireAccess(eventId);
        return booths.count(BoothRepository.matching(eventId, filter));
    }

    @PreAuthorize(Roles.OFFICE)
    public BoothDraft draftOf(long boothId) {
        Booth booth = guard.booth(boothId);
        BoothSummary b = booth.toSummary(clock.instant());
        BoothDraft draft = new BoothDraft();
        draft.setCode(b.code());
        draft.setX(b.x());
        draft.setY(b.y());
        draft.setWidth(b.width());
        draft.setDepth(b.depth());
        draft.setKind(b.kind());
        draft.setPrice(b.price());
        draft.setBlocked(b.status() == BoothStatus.BLOCKED);
        draft.setReservedUnitId(b.reservedUnitId());
        draft.setReservedCategory(b.reservedCategory());
        draft.setVersion(b.version());
        return draft;
    }

    /** Moves, resizes, recodes, re-prices, blocks or reserves one booth; the plan's rules hold afterwards. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public BoothSummary update(long boothId, @Valid BoothDraft draft) {
        Hall hall = guard.lockedHallOf(boothId);
        Booth booth = guard.boothAt(new BoothRef(boothId, Objects.requireNonNullElse(draft.getVersion(), -1L)), hall);
        Instant now = clock.instant();
        String code = BoothCodes.normalise(draft.getCode());
        Footprint footprint = new Footprint(boothId, code, Footprint.centimetres(Objects.requireNonNull(draft.getX())),
                Footprint.centimetres(Objects.requireNonNull(draft.getY())), Footprint.centimetres(Objects.requireNonNull(draft.getWidth())),
                Footprint.centimetres(Objects.requireNonNull(draft.getDepth())));
        List<PlanProblem> problems = new ArrayList<>(guard.problems(hall, List.of(footprint), List.of(boothId)));
        Optional.ofNullable(guard.unknownUnit(draft.getReservedUnitId())).ifPresent(problems::add);
        BoothStatus status = booth.effectiveStatus(now);
        String category = draft.getReservedCategory() == null || draft.getReservedCategory().isBlank() ? null : draft.getReservedCategory().strip();
        boolean setAsideChanged = draft.isBlocked() != (status == BoothStatus.BLOCKED)
                || !Objects.equals(draft.getReservedUnitId(), booth.reservedUnitId()) || !Objects.equals(category, booth.reservedCategory());
        if (status.isTaken() && setAsideChanged) {
            problems.add(PlanProblem.of("booth.error.taken", booth.code()));
        }
        if (!problems.isEmpty()) {
            throw new PlanRuleException(problems);
        }
        booth.recode(code, now);
        booth.place(footprint, now);
        booth.describe(draft.getKind(), Objects.requireNonNull(draft.getPrice()), now);
        if (setAsideChanged) {
            booth.setAside(draft.isBlocked(), draft.getReservedUnitId(), category, now);
        }
        return save(booth, now);
    }

    /** Blocks a booth (not for sale) or releases it to free, or back to its reservation. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public BoothSummary setBlocked(BoothRef ref, boolean blocked) {
        Hall hall = guard.lockedHallOf(ref.id());
        Booth booth = guard.boothAt(ref, hall);
        Instant now = clock.instant();
        if (booth.effectiveStatus(now).isTaken()) {
            throw new BusinessRuleException("booth.error.taken", booth.code());
        }
        booth.setAside(blocked, booth.reservedUnitId(), booth.reservedCategory(), now);
        return save(booth, now);
    }

    /** Removes a booth that no company holds. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public void delete(BoothRef ref) {
        Hall hall = guard.lockedHallOf(ref.id());
        Booth booth = guard.boothAt(ref, hall);
        if (booth.effectiveStatus(clock.instant()).isTaken()) {
            throw new BusinessRuleException("booth.error.taken", booth.code());
        }
        booths.delete(booth);
        booths.flush();
    }

    /** Merges free booths that together form a rectangle into the first one, which keeps its code; prices add up. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public BoothSummary merge(List<BoothRef> refs) {
        return reshaping.merge(refs);
    }

    /** The free booths that, each together with this one, form a rectangle: what "merge with a neighbour" offers. */
    @PreAuthorize(Roles.OFFICE)
    public List<BoothSummary> mergeCandidates(long boothId) {
        return reshaping.candidates(boothId);
    }

    /** Splits a booth into equal parts along its width or depth, coded A-012A, A-012B …; the price is shared. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.OFFICE)
    public List<BoothSummary> split(BoothRef ref, int parts, SplitAxis axis) {
        return reshaping.split(ref, parts, axis);
    }

    /** Booths per hall and status, for the dashboard. */
    @PreAuthorize(Roles.OFFICE)
    public List<HallOccupancy> occupancy(long eventId) {
        access.requireAccess(eventId);
        Instant now = clock.instant();
        Map<Long, Map<BoothStatus, Long>> counts = new HashMap<>();
        Map<Long, BigDecimal> areas = new HashMap<>();
        for (org.expodesk.booth.domain.BoothStatusRow row : booths.statusRows(eventId)) {
            // The same reading of an expired hold as Booth.effectiveStatus, without loading whole booths.
            BoothStatus status = row.status() == BoothStatus.HELD && row.holdExpiresAt() != null && !row.holdExpiresAt().isAfter(now)
                    ? (row.reserved() ? BoothStatus.RESERVED : BoothStatus.FREE) : row.status();
            counts.computeIfAbsent(row.hallId(), id -> new EnumMap<>(BoothStatus.class)).merge(status, 1L, Long::sum);
            areas.merge(row.hallId(), row.area(), BigDecimal::add);
        }
        return halls.findByEventIdOrderBySortOrderAscCodeAsc(eventId).stream()
                .map(h -> new HallOccupancy(h.toSummary(), counts.getOrDefault(h.requireId(), Map.of()),
                        areas.getOrDefault(h.requireId(), BigDecimal.ZERO)))
                .toList();
    }

    private BoothSummary save(Booth booth, Instant now) {
        try {
            return booths.saveAndFlush(booth).toSummary(now);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
    }
}
