/**
 * Reception and lodging for an event's guests: contracted hotels and their room blocks by room type and night, room
 * assignment by guest and nights (a party — the guest and companions — shares one room; the database itself refuses
 * a second party in a room night and any room the contract does not hold), early arrivals and late departures outside
 * a block flagged. Builds on {@link org.expodesk.guest.GuestService}'s guests and their RSVP travel data.
 */
@NullMarked
package org.expodesk.reception;

import org.jspecify.annotations.NullMarked;
