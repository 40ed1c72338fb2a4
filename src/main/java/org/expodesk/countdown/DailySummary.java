package org.expodesk.countdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.shared.daily.DailySummarySection;

/** An event's summary of one day, with the sections the reader may see, in order. */
public record DailySummary(long id, long eventId, LocalDate day, Instant composedAt, List<DailySummarySection> sections) {

    public DailySummary {
        sections = List.copyOf(sections);
    }
}
