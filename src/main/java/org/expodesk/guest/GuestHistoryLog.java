package org.expodesk.guest;

import java.time.Clock;
import org.expodesk.guest.domain.GuestHistoryEntry;
import org.expodesk.guest.domain.GuestHistoryRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes who did what to a guest; the guest's own answers are signed "guest" since they have no account. */
@Component
class GuestHistoryLog {

    static final String GUEST_ACTOR = "guest";

    private final GuestHistoryRepository history;
    private final Clock clock;

    GuestHistoryLog(GuestHistoryRepository history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    void record(long eventId, long guestId, String kind, @Nullable String detail) {
        String actor = CurrentUser.get().map(AppUser::getUsername).orElse(GUEST_ACTOR);
        history.save(new GuestHistoryEntry(eventId, guestId, kind, detail, actor, clock.instant()));
    }

    void recordByGuest(long eventId, long guestId, String kind, @Nullable String detail) {
        history.save(new GuestHistoryEntry(eventId, guestId, kind, detail, GUEST_ACTOR, clock.instant()));
    }
}
