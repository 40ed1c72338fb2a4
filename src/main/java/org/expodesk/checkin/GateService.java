package org.expodesk.checkin;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.booth.HallService;
import org.expodesk.checkin.domain.Gate;
import org.expodesk.checkin.domain.GateRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.domain.Texts;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The gates of an event, edited by the office: code (unique in the event), names, the hall whose count the
 * gate keeps, the badge types it admits (none chosen: all) and whether it is open. Volunteers of the event
 * list them to pick theirs on the scanning screen.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GateService {

    static final String GATE_READERS = "hasAnyRole('ADMIN','ORGANISER','VOLUNTEER')";

    private final GateRepository gates;
    private final HallService halls;
    private final BadgeTypeService badgeTypes;
    private final EventAccessPolicy access;
    private final Clock clock;
    private final GatePosts posts;

    GateService(GateRepository gates, HallService halls, BadgeTypeService badgeTypes, EventAccessPolicy access, Clock clock,
            GatePosts posts) {
        this.gates = gates;
        this.posts = posts;
        this.halls = halls;
        this.badgeTypes = badgeTypes;
        this.access = access;
        this.clock = clock;
    }

    /** The event's gates by code; volunteers pick theirs from it. */
    @PreAuthorize(GATE_READERS)
    public List<GateSummary> gatesOf(long eventId) {
        access.requireAccess(eventId);
        return gates.findByEventIdOrderByCode(eventId).stream().map(Gate::toSummary).toList();
    }

    @PreAuthorize(GATE_READERS)
    public GateSummary find(long gateId) {
        return load(gateId).toSummary();
    }

    /** The badge types the gate admits; empty means every type. */
    @PreAuthorize(Roles.OFFICE)
    public Set<Long> allowedTypes(long gateId) {
        return load(gateId).allowedTypeIds();
    }

    @PreAuthorize(Roles.OFFICE)
    public GateDraft draftOf(long gateId) {
        Gate gate = load(gateId);
        GateDraft draft = GateDraft.of(gate.code(), gate.nameZh(), gate.nameEn(), gate.hallId());
        draft.setActive(gate.active());
        draft.setAllowedTypeIds(gate.allowedTypeIds());
        draft.setVersion(gate.getVersion());
        return draft;
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public GateSummary create(long eventId, @Valid GateDraft draft) {
        access.requireAccess(eventId);
        return save(new Gate(eventId, clock.instant()), draft);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public GateSummary update(long gateId, @Valid GateDraft draft) {
        Gate gate = load(gateId);
        if (draft.getVersion() != null && draft.getVersion() != gate.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        return save(gate, draft);
    }

    /** A closed gate refuses every badge (NOT_ALLOWED_HERE) and keeps its scans and devices. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public GateSummary setActive(long gateId, boolean active) {
        Gate gate = load(gateId);
        gate.setActive(active, clock.instant());
        posts.changed(gateId);
        return gates.saveAndFlush(gate).toSummary();
    }

    private GateSummary save(Gate gate, GateDraft draft) {
        long eventId = gate.eventId();
        String code = draft.getCode().strip().toUpperCase(Locale.ROOT);
        gates.findByEventIdAndCode(eventId, code).filter(other -> gate.getId() == null || other.requireId() != gate.requireId())
                .ifPresent(other -> {
                    throw new BusinessRuleException("checkin.error.gate-code-taken", code);
                });
        Long hallId = draft.getHallId();
        if (hallId != null && halls.find(hallId).filter(h -> h.eventId() == eventId).isEmpty()) {
            throw new BusinessRuleException("checkin.error.hall-of-other-event");
        }
        Set<Long> eventTypes = badgeTypes.types(eventId).stream().map(BadgeTypeSummary::id).collect(Collectors.toSet());
        if (!eventTypes.containsAll(draft.getAllowedTypeIds())) {
            throw new BusinessRuleException("checkin.error.type-of-other-event");
        }
        if (gate.getId() != null) {
            posts.changed(gate.requireId());
        }
        gate.apply(code, draft.getNameZh().strip(), Texts.blankToNull(draft.getNameEn()), hallId, draft.isActive(),
                draft.getAllowedTypeIds(), clock.instant());
        try {
            return gates.saveAndFlush(gate).toSummary();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("checkin.error.gate-code-taken", code);
        }
    }

    private Gate load(long gateId) {
        Gate gate = gates.findById(gateId).orElseThrow(() -> new NotFoundException("gate", gateId));
        access.requireAccess(gate.eventId());
        return gate;
    }
}
