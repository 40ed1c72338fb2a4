package org.expodesk.booth;

import java.util.Locale;

/**
 * The wall of a hall an entrance is in. North is the top of the plan. Offsets along the north and south walls
 * count from the west corner, along the east and west walls from the north corner.
 */
public enum Wall {
    NORTH,
    EAST,
    SOUTH,
    WEST;

    public String messageKey() {
        return "booth.wall." + name().toLowerCase(Locale.ROOT);
    }
}
