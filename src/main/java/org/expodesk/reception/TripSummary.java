package org.expodesk.reception;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pickup or drop-off at one place for the trains and flights of one time window (event's time zone). */
public record TripSummary(long id, long eventId, TripDirection direction, String place, ZonedDateTime windowStart,
        ZonedDateTime windowEnd, @Nullable VehicleSummary vehicle, List<Passenger> passengers) {

    public int persons() {
        return passengers.stream().mapToInt(Passenger::persons).sum();
    }

    /** A guest's party in the trip with the train or flight they come by. */
    public record Passenger(long guestId, String nameZh, @Nullable String nameEn, int persons, @Nullable String number,
            @Nullable ZonedDateTime at, @Nullable String mobile) {
    }
}
