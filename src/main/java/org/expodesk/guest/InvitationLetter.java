package org.expodesk.guest;

import java.time.ZonedDateTime;
import org.expodesk.event.EventSummary;
import org.jspecify.annotations.Nullable;

/** What one printed invitation letter says: to whom, for which event, the programme, the deadline and the RSVP link. */
public record InvitationLetter(EventSummary event, GuestSummary guest, @Nullable String programmeZh, @Nullable String programmeEn,
        ZonedDateTime deadline, String link) {
}
