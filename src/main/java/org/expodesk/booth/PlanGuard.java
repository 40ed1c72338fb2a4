package org.expodesk.booth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.expodesk.booth.domain.Booth;
import org.expodesk.booth.domain.BoothGeometry;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.Hall;
import org.expodesk.booth.domain.HallRepository;
import org.expodesk.booth.domain.PlanChecks;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.unit.UnitService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Loads what a plan change is checked against and runs the checks: the hall (locked when the change will be
 * saved), its other booths, the codes already used in the event and the unit a booth is reserved for.
 * Callers are the secured services of this package; this class checks event access, not roles.
 */
@Component
class PlanGuard {

    /** IN lists stay well below what MySQL and H2 handle comfortably. */
    private static final int CODES_PER_QUERY = 500;

    private final HallRepository halls;
    private final BoothRepository booths;
    private final EventAccessPolicy access;
    private final UnitService units;

    PlanGuard(HallRepository halls, BoothRepository booths, EventAccessPolicy access, UnitService units) {
        this.halls = halls;
        this.booths = booths;
        this.access = access;
        this.units = units;
    }

    /** The hall, if the user works on its event. */
    Hall hall(long hallId) {
        Hall hall = halls.findById(hallId).orElseThrow(() -> new NotFoundException("hall", hallId));
        access.requireAccess(hall.eventId());
        return hall;
    }

    /**
     * Switched off only by the control of {@code BoothConcurrencyMySqlTest}, which shows that the test would
     * catch two overlapping blocks saved at once if the lock were missing.
     */
    private volatile boolean lockHalls = true;

    void lockHallsForConcurrencyControl(boolean on) {
        this.lockHalls = on;
    }

    /** The hall, locked against other plan changes until this transaction ends. */
    Hall lockedHall(long hallId) {
        Hall hall = (lockHalls ? halls.findLocked(hallId) : halls.findById(hallId))
                .orElseThrow(() -> new NotFoundException("hall", hallId));
        access.requireAccess(hall.eventId());
        return hall;
    }

    /**
     * The hall of a booth, locked. Booths are loaded only after this, so what a change starts from is what
     * the last committed change left.
     */
    Hall lockedHallOf(long boothId) {
        return lockedHall(booths.findHallId(boothId).orElseThrow(() -> new NotFoundException("booth", boothId)));
    }

    /** A booth of a locked hall, at the version the user saw. */
    Booth boothAt(BoothRef ref, Hall lockedHall) {
        Booth booth = booths.findById(ref.id()).filter(b -> b.hallId() == lockedHall.requireId())
                .orElseThrow(() -> new NotFoundException("booth", ref.id()));
        if (booth.getVersion() != ref.version()) {
            throw new org.expodesk.shared.domain.BusinessRuleException("error.changed-meanwhile");
        }
        return booth;
    }

    /** The booth, if the user works on its event. */
    Booth booth(long boothId) {
        Booth booth = booths.findById(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        access.requireAccess(booth.eventId());
        return booth;
    }

    /** Every rule a change breaks; {@code replaced} are booths of the hall the change removes or moves. */
    List<PlanProblem> problems(Hall hall, List<Footprint> changed, Collection<Long> replaced) {
        Set<Long> skip = new HashSet<>(replaced);
        List<Footprint> unchanged = booths.findGeometry(hall.requireId()).stream()
                .filter(b -> !skip.contains(b.id())).map(BoothGeometry::footprint).toList();
        List<String> taken = takenCodes(hall.eventId(), changed, skip);
        return PlanChecks.check(size(hall), unchanged, changed, taken);
    }

    static PlanChecks.HallSize size(Hall hall) {
        return new PlanChecks.HallSize(hall.code(), Footprint.centimetres(hall.width()), Footprint.centimetres(hall.depth()));
    }

    /** Codes of {@code changed} that booths of the event other than {@code replaced} already use. */
    private List<String> takenCodes(long eventId, List<Footprint> changed, Set<Long> replaced) {
        Set<String> codes = new HashSet<>();
        changed.forEach(f -> codes.add(f.code()));
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> replacedCodes = new HashSet<>();
        if (!replaced.isEmpty()) {
            booths.findAllById(replaced).forEach(b -> replacedCodes.add(b.code()));
        }
        List<String> all = new ArrayList<>(codes);
        List<String> taken = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
            taken.addAll(booths.findTakenCodes(eventId, all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY))));
        }
        // The change may reuse the codes of the booths it replaces (a split booth's piece, an edited booth).
        taken.removeAll(replacedCodes);
        return taken;
    }

    /** A reservation must name a unit that exists. */
    @Nullable PlanProblem unknownUnit(@Nullable Long unitId) {
        if (unitId == null || units.find(unitId).isPresent()) {
            return null;
        }
        return PlanProblem.of("booth.error.unit-unknown", unitId);
    }
}
