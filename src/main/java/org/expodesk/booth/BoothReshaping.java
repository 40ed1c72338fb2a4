package org.expodesk.booth;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expodesk.booth.domain.Booth;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.Hall;
import org.expodesk.booth.domain.Reshape;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.Translatable;
import org.springframework.stereotype.Component;

/**
 * Merging and splitting booths for {@link BoothService}, which checks the roles. Merging takes free booths
 * only: a reserved or blocked booth was set aside on purpose, and a held or assigned one belongs to a company.
 */
@Component
class BoothReshaping {

    static final int MAX_MERGED = 50;
    static final int MAX_PARTS = 20;
    /** Narrower pieces are no booth anyone can stand in. */
    static final long MIN_PIECE_CM = 50;

    private final BoothRepository booths;
    private final PlanGuard guard;
    private final Clock clock;

    BoothReshaping(BoothRepository booths, PlanGuard guard, Clock clock) {
        this.booths = booths;
        this.guard = guard;
        this.clock = clock;
    }

    BoothSummary merge(List<BoothRef> refs) {
        if (refs.stream().map(BoothRef::id).distinct().count() < 2) {
            throw new BusinessRuleException("booth.error.merge-too-few");
        }
        if (refs.size() > MAX_MERGED) {
            throw new BusinessRuleException("booth.error.merge-too-many", MAX_MERGED);
        }
        Hall hall = guard.lockedHallOf(refs.getFirst().id());
        List<Booth> parts = new ArrayList<>();
        for (BoothRef ref : refs) {
            if (booths.findHallId(ref.id()).filter(id -> id == hall.requireId()).isEmpty()) {
                throw new BusinessRuleException("booth.error.merge-other-hall");
            }
            parts.add(guard.boothAt(ref, hall));
        }
        Instant now = clock.instant();
        List<PlanProblem> problems = new ArrayList<>();
        for (Booth part : parts) {
            BoothStatus status = part.effectiveStatus(now);
            if (status != BoothStatus.FREE) {
                problems.add(PlanProblem.of("booth.error.merge-not-free", part.code(), new Translatable(status.messageKey())));
            }
        }
        Booth kept = parts.getFirst();
        Optional<Footprint> union = Reshape.union(parts.stream().map(Booth::footprint).toList(), kept.code());
        if (union.isEmpty()) {
            problems.add(PlanProblem.of("booth.error.merge-not-rectangle",
                    parts.stream().map(Booth::code).sorted().collect(Collectors.joining(", "))));
        }
        if (!problems.isEmpty()) {
            throw new PlanRuleException(problems);
        }
        BigDecimal price = parts.stream().map(Booth::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        booths.deleteAll(parts.subList(1, parts.size()));
        booths.flush();
        kept.place(union.orElseThrow(), now);
        kept.describe(kept.kind(), price, now);
        return booths.saveAndFlush(kept).toSummary(now);
    }

    List<BoothSummary> candidates(long boothId) {
        Booth booth = guard.booth(boothId);
        Instant now = clock.instant();
        if (booth.effectiveStatus(now) != BoothStatus.FREE) {
            return List.of();
        }
        Footprint me = booth.footprint();
        return booths.findByHallIdOrderByCode(booth.hallId()).stream()
                .filter(other -> other.requireId() != boothId && other.effectiveStatus(now) == BoothStatus.FREE)
                .filter(other -> sharesWholeSide(me, other.footprint()))
                .map(b -> b.toSummary(now))
                .sorted(Comparator.comparing(BoothSummary::code))
                .toList();
    }

    /** Two booths with one whole side in common make a rectangle together. */
    private static boolean sharesWholeSide(Footprint a, Footprint b) {
        boolean sameRow = a.y() == b.y() && a.depth() == b.depth() && (a.right() == b.x() || b.right() == a.x());
        boolean sameColumn = a.x() == b.x() && a.width() == b.width() && (a.bottom() == b.y() || b.bottom() == a.y());
        return sameRow || sameColumn;
    }

    List<BoothSummary> split(BoothRef ref, int parts, SplitAxis axis) {
        if (parts < 2 || parts > MAX_PARTS) {
            throw new BusinessRuleException("booth.error.split-parts", 2, MAX_PARTS);
        }
        Hall hall = guard.lockedHallOf(ref.id());
        Booth booth = guard.boothAt(ref, hall);
        Instant now = clock.instant();
        BoothStatus status = booth.effectiveStatus(now);
        if (status.isTaken()) {
            throw new BusinessRuleException("booth.error.taken", booth.code());
        }
        List<Footprint> pieces = Reshape.split(booth.footprint(), parts, axis);
        if (pieces.stream().anyMatch(p -> Math.min(p.width(), p.depth()) < MIN_PIECE_CM)) {
            throw new BusinessRuleException("booth.error.split-too-small", booth.code(), parts);
        }
        List<PlanProblem> problems = guard.problems(hall, pieces, List.of(booth.requireId()));
        if (!problems.isEmpty()) {
            throw new PlanRuleException(problems);
        }
        List<BigDecimal> prices = Reshape.share(booth.price(), parts);
        List<Booth> result = new ArrayList<>(parts);
        booth.recode(pieces.getFirst().code(), now);
        booth.place(pieces.getFirst(), now);
        booth.describe(booth.kind(), prices.getFirst(), now);
        result.add(booth);
        for (int i = 1; i < parts; i++) {
            Footprint piece = pieces.get(i);
            Booth added = new Booth(booth.eventId(), booth.hallId(), piece.code(), piece, booth.kind(), prices.get(i), now);
            added.setAside(status == BoothStatus.BLOCKED, booth.reservedUnitId(), booth.reservedCategory(), now);
            result.add(added);
        }
        return booths.saveAllAndFlush(result).stream().map(b -> b.toSummary(now)).toList();
    }
}
