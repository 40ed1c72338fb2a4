package org.expodesk.reception;

import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.jspecify.annotations.Nullable;

/**
 * One accepted guest at the reception desk: their trips to and from the station, their stay, and what is still
 * missing. A guest "needs a trip" for a leg when they gave its place and time but are in no trip of that direction.
 */
public record DeskLine(GuestSummary guest, @Nullable TripSummary arrivalTrip, @Nullable TripSummary departureTrip,
        @Nullable StaySummary stay) {

    public boolean noRoom() {
        return stay == null;
    }

    public boolean noTrip() {
        return (plannable(guest.arrival()) && arrivalTrip == null) || (plannable(guest.departure()) && departureTrip == null);
    }

    /** The guest arrives before the block's first night: the hotel must be asked for the night before. */
    public boolean early() {
        return stay != null && stay.earlyArrival();
    }

    /** The guest leaves after the block's last night. */
    public boolean late() {
        return stay != null && stay.lateDeparture();
    }

    public @Nullable TripSummary trip(TripDirection direction) {
        return direction == TripDirection.ARRIVAL ? arrivalTrip : departureTrip;
    }

    private static boolean plannable(@Nullable Travel leg) {
        return PickupService.placeOf(leg) != null && leg.at() != null;
    }
}
