package org.expodesk.event;

/**
 * Published when an event's details change (dates, time zone, names), so that features keeping a copy of them,
 * such as the gates' scan settings, read them again.
 */
public record EventUpdated(long eventId) {
}
