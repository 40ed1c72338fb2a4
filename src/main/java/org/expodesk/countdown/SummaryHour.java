package org.expodesk.countdown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When an event's summary is due: from its hour onwards, on the event's own calendar day. */
public final class SummaryHour {

    public static final int DEFAULT = 20;

    private SummaryHour() {
    }

    /** The day whose summary is due at {@code now} for an event in {@code zone} with its summary at {@code hour}, if any. */
    public static Optional<LocalDate> dueDay(ZoneId zone, int hour, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return local.getHour() >= hour ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
