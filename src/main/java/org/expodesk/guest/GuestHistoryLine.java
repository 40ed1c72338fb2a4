package org.expodesk.guest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a guest's history; {@code kind} names a message key {@code guest.history.<kind>}. */
public record GuestHistoryLine(String kind, @Nullable String detail, String actor, Instant at) {

    public String messageKey() {
        return "guest.history." + kind;
    }
}
