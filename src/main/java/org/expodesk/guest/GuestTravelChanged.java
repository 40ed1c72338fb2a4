package org.expodesk.guest;

/**
 * A guest's arrival or departure changed (on the RSVP page or by the office). Published inside the transaction;
 * listeners with {@code @ApplicationModuleListener} or {@code @TransactionalEventListener} get it after commit.
 * Reception moves the guest between pickup trips and tells its team.
 */
public record GuestTravelChanged(long eventId, long guestId) {
}
