package org.expodesk.safety;

import java.util.Locale;

/**
 * What a target is. Halls and booths come from the booth module; hotels and dining places are entered by name and
 * address until the lodging feature exists; extinguishers and hydrants have a position in their hall.
 */
public enum TargetKind {
    HALL, BOOTH, ENTRANCE, EXTINGUISHER, HYDRANT, HOTEL, DINING, VEHICLE;

    public String messageKey() {
        return "safety.target-kind." + name().toLowerCase(Locale.ROOT);
    }

    /** Placed in a hall at x/y metres. */
    public boolean locatedInHall() {
        return this == EXTINGUISHER || this == HYDRANT || this == ENTRANCE;
    }
}
