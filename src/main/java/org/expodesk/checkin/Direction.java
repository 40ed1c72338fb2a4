package org.expodesk.checkin;

/** Which way a badge goes through a gate. */
public enum Direction {
    IN,
    OUT
}
