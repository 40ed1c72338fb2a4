package org.expodesk.shared.security;

import java.util.Set;

/**
 * Which events the signed-in user works on. Administrators work on all; everybody else on the events
 * assigned to their account. Features call this before touching anything that belongs to an event.
 */
public interface EventAccessPolicy {

    /** True for administrators: no event filter applies. */
    boolean seesAllEvents();

    /** The events assigned to the current user (empty for administrators, who see all). */
    Set<Long> assignedEventIds();

    default boolean canAccess(long eventId) {
        return seesAllEvents() || assignedEventIds().contains(eventId);
    }

    /** Throws {@link org.springframework.security.access.AccessDeniedException} unless the user works on the event. */
    default void requireAccess(long eventId) {
        if (!canAccess(eventId)) {
            throw new org.springframework.security.access.AccessDeniedException("Event " + eventId + " is not assigned to you");
        }
    }
}
