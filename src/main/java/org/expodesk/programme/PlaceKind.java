package org.expodesk.programme;

import java.util.Locale;

/** Where a session happens: a hall of the event (booth module), a meeting room, or an address outside the venue. */
public enum PlaceKind {
    HALL,
    ROOM,
    OUTSIDE;

    public String messageKey() {
        return "programme.place-kind." + name().toLowerCase(Locale.ROOT);
    }
}
