package org.expodesk.checkin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A gate as the scan path reads it: its rules and its event's calendar (first day and time zone, which decide
 * the day a scan belongs to). Immutable; {@link GatePosts} keeps them for a few seconds.
 */
record GatePost(long id, String code, long eventId, @Nullable Long hallId, boolean active, Set<Long> allowedTypeIds,
        LocalDate eventStart, ZoneId zone) {

    GatePost {
        allowedTypeIds = Set.copyOf(allowedTypeIds);
    }

    /** No types chosen admits every type. */
    boolean admits(long typeId) {
        return active && (allowedTypeIds.isEmpty() || allowedTypeIds.contains(typeId));
    }
}
