package org.expodesk.event;

/** Published when an event is created, so that the creator is assigned to it and features can prepare their defaults. */
public record EventCreated(long eventId, long createdByAccountId) {
}
