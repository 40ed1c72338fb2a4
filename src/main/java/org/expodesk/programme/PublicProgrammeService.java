package org.expodesk.programme;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.programme.domain.CalendarToken;
import org.expodesk.programme.domain.CalendarTokenRepository;
import org.expodesk.programme.domain.ProgrammeSession;
import org.expodesk.programme.domain.ProgrammeSessionRepository;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme for people without an account: visitors read the public sessions of an event that is not archived,
 * and a person's calendar app reads that person's sessions through an unguessable link the office hands out.
 * Nothing here reveals an event that has no public session.
 */
@Service
@Transactional(readOnly = true)
public class PublicProgrammeService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProgrammeSessionRepository sessions;
    private final CalendarTokenRepository tokens;
    private final EventService events;
    private final EventAccessPolicy access;
    private final Clock clock;

    PublicProgrammeService(ProgrammeSessionRepository sessions, CalendarTokenRepository tokens, EventService events,
            EventAccessPolicy access, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The public sessions of an event, or nothing when it is archived, unknown or has no public session. */
    @PreAuthorize("permitAll()")
    public Optional<PublicProgramme> programme(long eventId) {
        return events.findPublic(eventId).flatMap(event -> {
            List<SessionSummary> shown = sessions.findByEventIdAndPublicSessionTrueOrderByStartAscIdAsc(eventId).stream()
                    .map(s -> forVisitors(s.toSummary(event.timeZone()))).toList();
            return shown.isEmpty() ? Optional.empty() : Optional.of(new PublicProgramme(event, shown));
        });
    }

    /**
     * The secret link part of a person's calendar in an event, made on first request and then kept, so a calendar
     * app subscribed to it keeps working. 24 random bytes: not guessable, not derived from any id.
     */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public String calendarToken(long eventId, long personId) {
        access.requireAccess(eventId);
        return tokens.findByEventIdAndPersonId(eventId, personId).map(CalendarToken::token).orElseGet(() -> {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return tokens.saveAndFlush(new CalendarToken(eventId, personId, token, clock.instant())).token();
        });
    }

    /** The sessions of the person the token was made for, or nothing for an unknown token or an archived event. */
    @PreAuthorize("permitAll()")
    public Optional<PersonCalendar> personCalendar(String token) {
        return tokens.findByToken(token).flatMap(t -> events.findPublic(t.eventId()).map(event -> {
            ZoneId zone = event.timeZone();
            List<SessionSummary> own = sessions.findWithPerson(event.id(), t.personId()).stream()
                    .map(ProgrammeSession.class::cast).map(s -> withoutNotes(s.toSummary(zone))).toList();
            return new PersonCalendar(event, t.personId(), own);
        }));
    }

    /** Speakers stay (the programme prints them); participants, internal notes and who kept conflicts do not. */
    private static SessionSummary forVisitors(SessionSummary s) {
        return new SessionSummary(s.id(), s.eventId(), s.kind(), s.titleZh(), s.titleEn(), s.descriptionZh(), s.descriptionEn(),
                s.start(), s.end(), s.timeZone(), s.place(), s.hostUnitId(), s.hostUnitNameZh(), s.hostUnitNameEn(), s.speakers(),
                true, s.dressCode(), null, null, null, s.version());
    }

    private static SessionSummary withoutNotes(SessionSummary s) {
        return new SessionSummary(s.id(), s.eventId(), s.kind(), s.titleZh(), s.titleEn(), s.descriptionZh(), s.descriptionEn(),
                s.start(), s.end(), s.timeZone(), s.place(), s.hostUnitId(), s.hostUnitNameZh(), s.hostUnitNameEn(), s.speakers(),
                s.publicSession(), s.dressCode(), null, null, null, s.version());
    }
}
