package org.expodesk.reception;

/** A vehicle of the event with its driver. */
public record VehicleSummary(long id, long eventId, String plate, int seats, String driverName, String driverPhone) {
}
