package org.expodesk.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.domain.ProgrammeSession;
import org.expodesk.programme.domain.ProgrammeSessionRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
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
 * The sessions of an event's programme. The office of the event plans them; reception staff read them (they plan
 * pickups and meals around them). Saving reports conflicts ({@link ConflictRules}) and saves a conflicting session
 * only when the draft says to keep it anyway, recording who did.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProgrammeService {

    /** Office staff plan; reception reads. */
    public static final String READERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION')";

    private final ProgrammeSessionRepository sessions;
    private final PlaceService places;
    private final EventService events;
    private final PersonService persons;
    private final UnitService units;
    private final EventAccessPolicy access;
    private final Clock clock;

    ProgrammeService(ProgrammeSessionRepository sessions, PlaceService places, EventService events, PersonService persons,
            UnitService units, EventAccessPolicy access, Clock clock) {
        this.sessions = sessions;
        this.places = places;
        this.events = events;
        this.persons = persons;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    public Optional<SessionSummary> find(long sessionId) {
        return sessions.findById(sessionId).filter(s -> access.canAccess(s.eventId()))
                .map(s -> s.toSummary(event(s.eventId()).timeZone()));
    }

    /** The whole programme, in order of start. */
    @PreAuthorize(READERS)
    public List<SessionSummary> sessions(long eventId) {
        ZoneId zone = event(eventId).timeZone();
        return sessions.findByEventIdOrderByStartAscIdAsc(eventId).stream().map(s -> s.toSummary(zone)).toList();
    }

    /** The sessions starting on one fair day (in the event's time zone), in order of start. */
    @PreAuthorize(READERS)
    public List<SessionSummary> day(long eventId, LocalDate day) {
        ZoneId zone = event(eventId).timeZone();
        return sessions.findAll(ProgrammeSessionRepository.matching(eventId, dayStart(day, zone), dayStart(day.plusDays(1), zone),
                null, null, null), Sort.by("start", "id")).stream().map(s -> s.toSummary(zone)).toList();
    }

    /** The sessions a person speaks at or attends: their own programme. */
    @PreAuthorize(READERS)
    public List<SessionSummary> forPerson(long eventId, long personId) {
        ZoneId zone = event(eventId).timeZone();
        return sessions.findWithPerson(eventId, personId).stream().map(s -> s.toSummary(zone)).toList();
    }

    @PreAuthorize(READERS)
    public Page<SessionSummary> list(long eventId, SessionFilter filter, Pageable pageable) {
        ZoneId zone = event(eventId).timeZone();
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("start", "id"));
        return sessions.findAll(matching(eventId, filter, zone), sorted).map(s -> s.toSummary(zone));
    }

    @PreAuthorize(READERS)
    public long count(long eventId, SessionFilter filter) {
        return sessions.count(matching(eventId, filter, event(eventId).timeZone()));
    }

    /** The conflicts each session has now, by session id; sessions without any are left out. */
    @PreAuthorize(READERS)
    public Map<Long, List<SessionConflict>> conflicts(long eventId) {
        EventSummary event = event(eventId);
        List<ConflictRules.Slot> slots = sessions.findByEventIdOrderByStartAscIdAsc(eventId).stream()
                .map(s -> ConflictRules.Slot.of(s.toSummary(event.timeZone()))).toList();
        return ConflictRules.all(slots, event.startDate(), event.endDate(), event.timeZone());
    }

    @PreAuthorize(Roles.OFFICE)
    public SessionDraft draftOf(long sessionId) {
        ProgrammeSession session = load(sessionId);
        return session.toDraft(event(session.eventId()).timeZone());
    }

    /** The conflicts the draft would have if saved now, without saving: for the form's warnings while editing. */
    @PreAuthorize(Roles.OFFICE)
    public List<SessionConflict> check(long eventId, @Nullable Long sessionId, @Valid SessionDraft draft) {
        EventSummary event = event(eventId);
        Candidate candidate = resolve(event, draft);
        return conflictsOf(event, sessionId == null ? 0 : sessionId, draft, candidate);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public SessionSaveResult create(long eventId, @Valid SessionDraft draft) {
        EventSummary event = event(eventId);
        Candidate candidate = resolve(event, draft);
        List<SessionConflict> conflicts = conflictsOf(event, 0, draft, candidate);
        if (!conflicts.isEmpty() && !draft.isKeepConflicts()) {
            return new SessionSaveResult.HeldBack(conflicts);
        }
        ProgrammeSession saved = sessions.saveAndFlush(new ProgrammeSession(eventId, draft, candidate.with(keptBy(conflicts)), clock.instant()));
        return new SessionSaveResult.Saved(saved.toSummary(event.timeZone()), conflicts);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public SessionSaveResult update(long sessionId, @Valid SessionDraft draft) {
        ProgrammeSession session = load(sessionId);
        if (draft.getVersion() != null && draft.getVersion() != session.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        EventSummary event = event(session.eventId());
        Candidate candidate = resolve(event, draft);
        List<SessionConflict> conflicts = conflictsOf(event, sessionId, draft, candidate);
        if (!conflicts.isEmpty() && !draft.isKeepConflicts()) {
            return new SessionSaveResult.HeldBack(conflicts);
        }
        session.apply(draft, candidate.with(keptBy(conflicts)), clock.instant());
        return new SessionSaveResult.Saved(sessions.saveAndFlush(session).toSummary(event.timeZone()), conflicts);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void delete(long sessionId) {
        sessions.delete(load(sessionId));
    }

    private ProgrammeSession load(long sessionId) {
        ProgrammeSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("programme-session", sessionId));
        access.requireAccess(session.eventId());
        return session;
    }

    private EventSummary event(long eventId) {
        access.requireAccess(eventId);
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    private static @Nullable String keptBy(List<SessionConflict> conflicts) {
        return conflicts.isEmpty() ? null : CurrentUser.require().getUsername();
    }

    private List<SessionConflict> conflictsOf(EventSummary event, long selfId, SessionDraft draft, Candidate c) {
        List<ConflictRules.Slot> others = sessions.findOverlapping(event.id(), c.start(), c.end()).stream()
                .filter(s -> s.requireId() != selfId).map(s -> ConflictRules.Slot.of(s.toSummary(event.timeZone()))).toList();
        var slot = new ConflictRules.Slot(selfId, draft.getTitleZh(), draft.getTitleEn() == null ? "" : draft.getTitleEn(),
                c.start(), c.end(), c.place().key(), c.people());
        return ConflictRules.check(slot, others, event.startDate(), event.endDate(), event.timeZone());
    }

    /** What the draft names, looked up and checked: the times as instants, the place, the host unit, the people. */
    private record Candidate(Instant start, Instant end, SessionPlace place, @Nullable UnitSummary host, List<SessionPerson> people) {
        ProgrammeSession.Resolved with(@Nullable String conflictsKeptBy) {
            return new ProgrammeSession.Resolved(start, end, place, host == null ? null : host.nameZh(),
                    host == null ? null : host.nameEn(), people, conflictsKeptBy);
        }
    }

    private Candidate resolve(EventSummary event, SessionDraft draft) {
        if (draft.getStart() == null || draft.getEnd() == null || draft.getPlaceKind() == null || draft.getPlaceId() == null) {
            throw new IllegalArgumentException("validated as @NotNull");
        }
        // A wall-clock time that does not exist (the hour skipped when clocks go forward) moves on by the gap.
        Instant start = draft.getStart().atZone(event.timeZone()).toInstant();
        Instant end = draft.getEnd().atZone(event.timeZone()).toInstant();
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("programme.error.end-before-start");
        }
        PlaceSummary place = places.find(event.id(), draft.getPlaceKind(), draft.getPlaceId())
                .orElseThrow(() -> new BusinessRuleException("programme.error.place-unknown"));
        UnitSummary host = null;
        if (draft.getHostUnitId() != null) {
            host = units.find(draft.getHostUnitId()).orElseThrow(() -> new BusinessRuleException("programme.error.unit-unknown"));
        }
        return new Candidate(start, end, new SessionPlace(place.kind(), place.id(), place.nameZh(), place.nameEn(), place.address()),
                host, people(draft));
    }

    /** Speakers first, in the order given, then participants; someone listed twice keeps the first, weightier part. */
    private List<SessionPerson> people(SessionDraft draft) {
        Map<Long, SessionDraft.Participant> wanted = new LinkedHashMap<>();
        Set<Long> speakers = new LinkedHashSet<>(draft.getSpeakerIds());
        speakers.forEach(id -> wanted.put(id, new SessionDraft.Participant(id, false)));
        for (SessionDraft.Participant p : draft.getParticipants()) {
            wanted.merge(p.personId(), p, (a, b) -> new SessionDraft.Participant(a.personId(), a.vip() || b.vip()));
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonSummary> found = persons.findAll(wanted.keySet());
        List<SessionPerson> people = new ArrayList<>();
        for (SessionDraft.Participant p : wanted.values()) {
            PersonSummary person = found.get(p.personId());
            if (person == null) {
                throw new NotFoundException("person", p.personId());
            }
            SessionRole role = speakers.contains(p.personId()) ? SessionRole.SPEAKER : SessionRole.PARTICIPANT;
            people.add(new SessionPerson(person.id(), role, p.vip(), person.nameZh(), person.nameEn(), person.title()));
        }
        return people;
    }

    private static Instant dayStart(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static org.springframework.data.jpa.domain.Specification<ProgrammeSession> matching(long eventId, SessionFilter filter, ZoneId zone) {
        LocalDate day = filter.day();
        PlaceKind placeKind = null;
        Long placeId = null;
        String key = filter.placeKey();
        if (key != null && key.contains(":")) {
            placeKind = key.startsWith("hall:") ? PlaceKind.HALL : PlaceKind.ROOM;
            placeId = Long.parseLong(key.substring(key.indexOf(':') + 1));
        }
        return ProgrammeSessionRepository.matching(eventId, day == null ? null : dayStart(day, zone),
                day == null ? null : dayStart(day.plusDays(1), zone), filter.kind(), placeKind, placeId);
    }
}
