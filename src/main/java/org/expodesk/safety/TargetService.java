package org.expodesk.safety;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.safety.domain.SafetyTarget;
import org.expodesk.safety.domain.SafetyTargetRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
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
 * What is inspected and who answers for it. Halls and booths are taken over from the booth module's plan; the
 * rest is entered by hand. Every target gets a random token for its QR label, so a label reveals nothing and
 * cannot be guessed from another one.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TargetService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SafetyTargetRepository targets;
    private final HallService halls;
    private final BoothService booths;
    private final SafetyEvents events;
    private final Clock clock;

    TargetService(SafetyTargetRepository targets, HallService halls, BoothService booths, SafetyEvents events, Clock clock) {
        this.targets = targets;
        this.halls = halls;
        this.booths = booths;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the event's targets, of one kind or all, by kind and name. */
    @PreAuthorize(SafetyRoles.READERS)
    public Page<TargetSummary> list(long eventId, @Nullable TargetKind kind, Pageable pageable) {
        events.requireAccess(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("kind", "name"));
        Page<SafetyTarget> page = kind == null ? targets.findByEventId(eventId, sorted) : targets.findByEventIdAndKind(eventId, kind, sorted);
        return page.map(SafetyTarget::toSummary);
    }

    @PreAuthorize(SafetyRoles.READERS)
    public long count(long eventId, @Nullable TargetKind kind) {
        events.requireAccess(eventId);
        return kind == null ? targets.countByEventId(eventId) : targets.countByEventIdAndKind(eventId, kind);
    }

    /** Every target of the event, for labels and the inspector's picker. */
    @PreAuthorize(SafetyRoles.READERS)
    public List<TargetSummary> all(long eventId) {
        events.requireAccess(eventId);
        return targets.findByEventIdOrderByKindAscNameAsc(eventId).stream().map(SafetyTarget::toSummary).toList();
    }

    @PreAuthorize(SafetyRoles.READERS)
    public TargetSummary find(long targetId) {
        return load(targetId).toSummary();
    }

    /** The target a scanned label names, if the user works on its event. */
    @PreAuthorize(SafetyRoles.READERS)
    public Optional<TargetSummary> byToken(String token) {
        return targets.findByQrToken(token.strip()).filter(t -> canSee(t.eventId())).map(SafetyTarget::toSummary);
    }

    @PreAuthorize(SafetyRoles.READERS)
    public TargetDraft draftOf(long targetId) {
        return load(targetId).toDraft();
    }

    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public TargetSummary create(long eventId, @Valid TargetDraft draft) {
        events.requireAccess(eventId);
        checkPlace(eventId, draft);
        return targets.saveAndFlush(new SafetyTarget(eventId, newToken(), draft, null, clock.instant())).toSummary();
    }

    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public TargetSummary update(long targetId, @Valid TargetDraft draft) {
        SafetyTarget target = load(targetId);
        checkPlace(target.eventId(), draft);
        target.apply(draft, clock.instant());
        return targets.saveAndFlush(target).toSummary();
    }

    /** Makes a target of every hall and booth of the event that has none yet; returns how many were added. */
    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public int addHallsAndBooths(long eventId) {
        events.requireAccess(eventId);
        Instant now = clock.instant();
        Set<Long> hallsDone = new HashSet<>(targets.hallIdsOf(eventId));
        Set<Long> boothsDone = new HashSet<>(targets.boothIdsOf(eventId));
        int added = 0;
        for (HallSummary hall : halls.halls(eventId)) {
            if (hallsDone.add(hall.id())) {
                TargetDraft draft = TargetDraft.of(TargetKind.HALL, hall.nameZh());
                draft.setHallId(hall.id());
                targets.save(new SafetyTarget(eventId, newToken(), draft, null, now));
                added++;
            }
            for (BoothSummary booth : booths.plan(hall.id()).booths()) {
                if (boothsDone.add(booth.id())) {
                    TargetDraft draft = TargetDraft.of(TargetKind.BOOTH, booth.code());
                    draft.setHallId(hall.id());
                    draft.setX(booth.x());
                    draft.setY(booth.y());
                    targets.save(new SafetyTarget(eventId, newToken(), draft, booth.id(), now));
                    added++;
                }
            }
        }
        targets.flush();
        return added;
    }

    /**
     * Gives every extinguisher and hydrant of the hall a responsible person: the person answering for the nearest
     * booth when that booth has one, else the steward named. With {@code nearestBooth} false, all go to the steward.
     */
    @Transactional
    @PreAuthorize(SafetyRoles.READERS)
    public BulkAssignment assignInHall(long hallId, boolean nearestBooth, @Valid Responsible steward) {
        HallSummary hall = halls.find(hallId).orElseThrow(() -> new NotFoundException("hall", hallId));
        events.requireAccess(hall.eventId());
        List<SafetyTarget> equipment = targets.findByHallIdAndKindIn(hallId, List.of(TargetKind.EXTINGUISHER, TargetKind.HYDRANT));
        Map<Long, Responsible> byBooth = new HashMap<>();
        if (nearestBooth) {
            for (SafetyTarget b : targets.findByHallIdAndKindIn(hallId, List.of(TargetKind.BOOTH))) {
                Responsible r = b.responsible();
                if (r != null && b.boothId() != null) {
                    byBooth.put(b.boothId(), r);
                }
            }
        }
        List<BoothSummary> plan = nearestBooth ? booths.plan(hallId).booths() : List.of();
        Instant now = clock.instant();
        int toBooths = 0;
        int toSteward = 0;
        for (SafetyTarget item : equipment) {
            Responsible chosen = NearestBooth.of(item.x(), item.y(), plan, byBooth).orElse(null);
            if (chosen == null) {
                item.assign(steward, now);
                toSteward++;
            } else {
                item.assign(chosen, now);
                toBooths++;
            }
        }
        targets.saveAllAndFlush(equipment);
        return new BulkAssignment(toBooths, toSteward);
    }

    /** How a bulk assignment went: targets given to a booth's responsible person, and to the steward. */
    public record BulkAssignment(int toBooths, int toSteward) {
    }

    private void checkPlace(long eventId, TargetDraft draft) {
        if (draft.getHallId() != null) {
            HallSummary hall = halls.find(draft.getHallId()).filter(h -> h.eventId() == eventId)
                    .orElseThrow(() -> new BusinessRuleException("safety.error.hall-unknown"));
            if (draft.getX() != null && draft.getX().compareTo(hall.width()) > 0
                    || draft.getY() != null && draft.getY().compareTo(hall.depth()) > 0) {
                throw new BusinessRuleException("safety.error.outside-hall", hall.code());
            }
        } else if (draft.getKind().locatedInHall()) {
            throw new BusinessRuleException("safety.error.hall-needed");
        }
        if (draft.getResponsibleName() != null && !draft.getResponsibleName().isBlank()
                && (draft.getResponsibleMobile() == null || draft.getResponsibleMobile().isBlank())) {
            throw new BusinessRuleException("safety.error.mobile-needed");
        }
    }

    private SafetyTarget load(long targetId) {
        SafetyTarget target = targets.findById(targetId).orElseThrow(() -> new NotFoundException("safety-target", targetId));
        events.requireAccess(target.eventId());
        return target;
    }

    private boolean canSee(long eventId) {
        try {
            events.requireAccess(eventId);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** 120 random bits, URL-safe: 20 characters, short enough for a small QR symbol. */
    static String newToken() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
