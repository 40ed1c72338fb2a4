package org.expodesk.reception;

/** The kinds of room a hotel contracts; labels under {@code reception.room-type.<NAME>}. */
public enum RoomType {
    SINGLE, TWIN, DOUBLE, SUITE
}
