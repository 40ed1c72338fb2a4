package org.expodesk.event;

import org.jspecify.annotations.Nullable;

/** What the events list shows: a free-text search over names and venue, and whether archived events are included. */
public record EventFilter(@Nullable String text, boolean includeArchived) {

    public static EventFilter active() {
        return new EventFilter(null, false);
    }
}
