package org.expodesk.guest;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.domain.Guest;
import org.expodesk.guest.domain.GuestHistoryEntry;
import org.expodesk.guest.domain.GuestHistoryRepository;
import org.expodesk.guest.domain.GuestRepository;
import org.expodesk.guest.domain.Invitation;
import org.expodesk.guest.domain.InvitationRepository;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The guests of an event. Office staff and reception manage them (each guest is a person of the person module,
 * found again by mobile and name so one human keeps one record); a unit's liaison reads the guests the unit invited.
 * Duplicates are listed by mobile and by name + organisation and merged without losing history.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GuestService {

    /** Office staff and reception manage guests; a liaison's reading is checked in {@link GuestAccess}. */
    public static final String MANAGERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION')";

    private final GuestRepository guests;
    private final InvitationRepository invitations;
    private final GuestHistoryRepository history;
    private final GuestHistoryLog log;
    private final GuestAccess access;
    private final PersonService persons;
    private final UnitService units;
    private final EventService events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    GuestService(GuestRepository guests, InvitationRepository invitations, GuestHistoryRepository history, GuestHistoryLog log,
            GuestAccess access, PersonService persons, UnitService units, EventService events,
            ApplicationEventPublisher publisher, Clock clock) {
        this.guests = guests;
        this.invitations = invitations;
        this.history = history;
        this.log = log;
        this.access = access;
        this.persons = persons;
        this.units = units;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A guest, merged duplicates included (their {@code mergedIntoId} says where they went); empty when not visible. */
    @PreAuthorize("isAuthenticated()")
    public Optional<GuestSummary> find(long guestId) {
        return guests.findById(guestId).filter(access::canRead).map(g -> g.toSummary(zone(g.eventId())));
    }

    /** A page of the event's guests (merged duplicates left out), sorted by name unless the page says otherwise. */
    @PreAuthorize("isAuthenticated()")
    public Page<GuestSummary> list(long eventId, GuestFilter filter, Pageable pageable) {
        List<Long> onlyUnits = access.readableUnits(eventId);
        ZoneId zone = zone(eventId);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nameZh", "id"));
        return guests.findAll(spec(eventId, filter, onlyUnits), sorted).map(g -> g.toSummary(zone));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(long eventId, GuestFilter filter) {
        return guests.count(spec(eventId, filter, access.readableUnits(eventId)));
    }

    /** Every active guest of the event, by name: for reception's boards and batch prints (hundreds, not more). */
    @PreAuthorize(MANAGERS)
    public List<GuestSummary> all(long eventId) {
        access.requireManager(eventId);
        ZoneId zone = zone(eventId);
        return guests.findByEventIdAndMergedIntoIdIsNullOrderByNameZhAscIdAsc(eventId).stream().map(g -> g.toSummary(zone)).toList();
    }

    @PreAuthorize(MANAGERS)
    public GuestDraft draftOf(long guestId) {
        Guest guest = load(guestId);
        access.requireManager(guest.eventId());
        return guest.toDraft();
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public GuestSummary create(long eventId, @Valid GuestDraft draft) {
        access.requireManager(eventId);
        long personId = persons.save(null, personDraft(draft)).id();
        if (guests.findByEventIdAndPersonId(eventId, personId).isPresent()) {
            throw new BusinessRuleException("guest.error.already-guest", draft.getNameZh());
        }
        Guest guest = guests.saveAndFlush(new Guest(eventId, personId, draft, unitName(draft.getInvitingUnitId()), clock.instant()));
        log.record(eventId, guest.requireId(), "created", null);
        return guest.toSummary(zone(eventId));
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public GuestSummary update(long guestId, @Valid GuestDraft draft) {
        Guest guest = load(guestId);
        access.requireManager(guest.eventId());
        if (draft.getVersion() != null && draft.getVersion() != guest.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        if (guest.mergedIntoId() != null) {
            throw new BusinessRuleException("guest.error.merged");
        }
        persons.update(guest.personId(), personDraft(draft));
        guest.apply(draft, unitName(draft.getInvitingUnitId()), clock.instant());
        log.record(guest.eventId(), guestId, "edited", null);
        return guests.saveAndFlush(guest).toSummary(zone(guest.eventId()));
    }

    /** Groups of probable duplicates among the event's active guests: same mobile first, then same name and organisation. */
    @PreAuthorize(MANAGERS)
    public List<DuplicateGroup> duplicates(long eventId) {
        access.requireManager(eventId);
        ZoneId zone = zone(eventId);
        List<DuplicateGroup> groups = new ArrayList<>();
        group(guests.sameMobile(eventId), Guest::mobile, DuplicateGroup.Reason.SAME_MOBILE, zone, groups);
        group(guests.sameNameAndOrganisation(eventId), g -> g.nameZh() + " · " + g.toSummary(zone).organisation(),
                DuplicateGroup.Reason.SAME_NAME_AND_ORGANISATION, zone, groups);
        return groups;
    }

    /**
     * Merges a duplicate into the guest kept: its invitation (when the kept guest has none), history and notes move
     * over, fields the kept guest lacks are filled from it, and the duplicate stays as a record pointing to the kept
     * one. Both sides get a history line saying who merged what.
     */
    @Transactional
    @PreAuthorize(MANAGERS)
    public GuestSummary merge(long keptGuestId, long duplicateGuestId) {
        if (keptGuestId == duplicateGuestId) {
            throw new BusinessRuleException("guest.error.merge-same");
        }
        Guest kept = guests.lockById(keptGuestId).orElseThrow(() -> new NotFoundException("guest", keptGuestId));
        Guest duplicate = guests.lockById(duplicateGuestId).orElseThrow(() -> new NotFoundException("guest", duplicateGuestId));
        access.requireManager(kept.eventId());
        if (kept.eventId() != duplicate.eventId()) {
            throw new BusinessRuleException("guest.error.merge-other-event");
        }
        if (kept.mergedIntoId() != null || duplicate.mergedIntoId() != null) {
            throw new BusinessRuleException("guest.error.merged");
        }
        var now = clock.instant();
        Optional<Invitation> keptInvitation = invitations.findByEventIdAndGuestId(kept.eventId(), keptGuestId);
        for (Invitation invitation : invitations.findByGuestId(duplicateGuestId)) {
            if (keptInvitation.isEmpty()) {
                invitation.moveTo(keptGuestId, now);
            } else if (invitation.status().ordinal() > keptInvitation.get().status().ordinal()) {
                // The duplicate got further (it answered): its invitation is the one that counts.
                invitations.delete(keptInvitation.get());
                invitations.flush();
                invitation.moveTo(keptGuestId, now);
            } else {
                invitations.delete(invitation);
            }
        }
        invitations.flush();
        for (GuestHistoryEntry entry : history.findByGuestIdOrderByAtAscIdAsc(duplicateGuestId)) {
            entry.moveTo(keptGuestId);
        }
        kept.fillFrom(duplicate, now);
        duplicate.mergeInto(keptGuestId, now);
        String detail = duplicate.nameZh() + " (#" + duplicateGuestId + ")";
        log.record(kept.eventId(), keptGuestId, "merged", detail);
        log.record(kept.eventId(), duplicateGuestId, "merged-into", kept.nameZh() + " (#" + keptGuestId + ")");
        guests.saveAndFlush(duplicate);
        publisher.publishEvent(new GuestTravelChanged(kept.eventId(), keptGuestId));
        return guests.saveAndFlush(kept).toSummary(zone(kept.eventId()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<GuestHistoryLine> history(long guestId) {
        Guest guest = load(guestId);
        if (!access.canRead(guest)) {
            throw new AccessDeniedException("Not your guest");
        }
        return history.findByGuestIdOrderByAtAscIdAsc(guestId).stream()
                .map(h -> new GuestHistoryLine(h.kind(), h.detail(), h.actor(), h.at())).toList();
    }

    /** Accepted guests per inviting unit (unit name → count): the units' work, for the dashboard. */
    @PreAuthorize(MANAGERS)
    public Map<String, Long> acceptedByUnit(long eventId) {
        access.requireManager(eventId);
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : guests.acceptedByUnit(eventId)) {
            result.merge(row[1] == null ? "#" + row[0] : (String) row[1], (Long) row[2], Long::sum);
        }
        return result;
    }

    @PreAuthorize(MANAGERS)
    public GuestCounts counts(long eventId) {
        access.requireManager(eventId);
        return new GuestCounts(guests.countByEventIdAndMergedIntoIdIsNull(eventId),
                guests.countByEventIdAndMergedIntoIdIsNullAndAnswer(eventId, RsvpAnswer.ACCEPTED),
                guests.countByEventIdAndMergedIntoIdIsNullAndAnswer(eventId, RsvpAnswer.DECLINED));
    }

    private static org.springframework.data.jpa.domain.Specification<Guest> spec(long eventId, GuestFilter f, @Nullable List<Long> onlyUnits) {
        return GuestRepository.matching(eventId, f.text(), f.category(), f.answer(), f.invitingUnitId(), onlyUnits);
    }

    private static void group(List<Guest> sorted, java.util.function.Function<Guest, @Nullable String> key,
            DuplicateGroup.Reason reason, ZoneId zone, List<DuplicateGroup> out) {
        Map<String, List<GuestSummary>> byKey = new LinkedHashMap<>();
        for (Guest g : sorted) {
            String k = key.apply(g);
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(g.toSummary(zone));
            }
        }
        byKey.forEach((k, list) -> out.add(new DuplicateGroup(reason, k, list)));
    }

    private static PersonDraft personDraft(GuestDraft d) {
        return PersonDraft.of(d.getNameZh(), d.getNameEn(), d.getTitle(), d.getOrganisation(), d.getMobile(), d.getEmail());
    }

    private @Nullable String unitName(@Nullable Long unitId) {
        if (unitId == null) {
            return null;
        }
        return units.find(unitId).map(UnitSummary::nameZh).orElseThrow(() -> new BusinessRuleException("guest.error.unit-unknown"));
    }

    Guest load(long guestId) {
        return guests.findById(guestId).orElseThrow(() -> new NotFoundException("guest", guestId));
    }

    ZoneId zone(long eventId) {
        return event(eventId).timeZone();
    }

    EventSummary event(long eventId) {
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }
}
