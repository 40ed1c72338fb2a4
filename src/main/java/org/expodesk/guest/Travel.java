package org.expodesk.guest;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One leg of a guest's journey as the guest gave it: mode, flight or train number (e.g. G1653), the station or
 * airport, and the date and time in the event's time zone. Reception plans pickups from it.
 */
public record Travel(TravelMode mode, @Nullable String number, @Nullable String place, @Nullable ZonedDateTime at) {
}
