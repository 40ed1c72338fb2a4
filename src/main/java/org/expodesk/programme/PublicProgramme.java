package org.expodesk.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.expodesk.event.EventSummary;

/** What visitors may see of a programme: the event and its public sessions, without participants or internal notes. */
public record PublicProgramme(EventSummary event, List<SessionSummary> sessions) {

    public PublicProgramme {
        sessions = List.copyOf(sessions);
    }

    /** The sessions by fair day, days in order. */
    public Map<LocalDate, List<SessionSummary>> byDay() {
        return sessions.stream().collect(Collectors.groupingBy(SessionSummary::day, TreeMap::new, Collectors.toList()));
    }
}
