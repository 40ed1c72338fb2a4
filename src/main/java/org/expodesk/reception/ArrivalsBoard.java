package org.expodesk.reception;

import java.time.LocalDate;
import java.util.List;
import org.expodesk.guest.GuestSummary;
import org.jspecify.annotations.Nullable;

/** One day of arrivals and departures: who comes and goes when and where, the trips, and notices for the team. */
public record ArrivalsBoard(LocalDate day, List<Line> arrivals, List<Line> departures, List<TripSummary> trips,
        List<ReceptionNotice> notices) {

    /** A guest travelling that day, with the trip they are in (if any). */
    public record Line(GuestSummary guest, @Nullable Long tripId) {
    }
}
