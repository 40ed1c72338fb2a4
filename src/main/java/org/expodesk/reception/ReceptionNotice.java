package org.expodesk.reception;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Something the reception team must know, e.g. a guest moved out of a trip; {@code reason} is a message key. */
public record ReceptionNotice(long id, long guestId, @Nullable Long tripId, String reason, @Nullable String details, Instant at) {
}
