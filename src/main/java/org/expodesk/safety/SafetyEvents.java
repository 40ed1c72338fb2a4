package org.expodesk.safety;

import java.time.ZoneId;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.EventAccessPolicy;
import org.springframework.stereotype.Component;

/** The event a safety record belongs to: access is checked first, then its time zone is read for dates and deadlines. */
@Component
class SafetyEvents {

    private final EventService events;
    private final EventAccessPolicy access;

    SafetyEvents(EventService events, EventAccessPolicy access) {
        this.events = events;
        this.access = access;
    }

    EventSummary require(long eventId) {
        access.requireAccess(eventId);
        return events.find(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
    }

    ZoneId zone(long eventId) {
        return require(eventId).timeZone();
    }

    void requireAccess(long eventId) {
        access.requireAccess(eventId);
    }
}
