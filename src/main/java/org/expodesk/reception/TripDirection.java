package org.expodesk.reception;

/** A pickup at the station or airport on arrival, or a drop-off there on departure; labels under {@code reception.direction.<NAME>}. */
public enum TripDirection {
    ARRIVAL, DEPARTURE
}
