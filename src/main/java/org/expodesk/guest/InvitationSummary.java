package org.expodesk.guest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One invitee of a campaign with their status; {@code linkIssuedAt} says when the current RSVP link was made. */
public record InvitationSummary(long id, long campaignId, GuestSummary guest, InvitationStatus status,
        @Nullable Instant linkIssuedAt, Instant updatedAt) {
}
