package org.expodesk.programme;

import java.util.List;
import org.expodesk.event.EventSummary;

/** One person's sessions in one event, for their own .ics calendar (internal sessions included: it is their day). */
public record PersonCalendar(EventSummary event, long personId, List<SessionSummary> sessions) {

    public PersonCalendar {
        sessions = List.copyOf(sessions);
    }
}
