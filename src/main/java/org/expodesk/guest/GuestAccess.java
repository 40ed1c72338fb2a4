package org.expodesk.guest;

import java.util.List;
import org.expodesk.guest.domain.Guest;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which guests. Office staff and reception of an event manage all its guests; anybody else signed in sees
 * only the guests invited by units whose liaison is their own person (the account is linked to the liaison's
 * person record), and only read. Everything else is refused.
 */
@Component
class GuestAccess {

    private final EventAccessPolicy events;
    private final UnitService units;

    GuestAccess(EventAccessPolicy events, UnitService units) {
        this.events = events;
        this.units = units;
    }

    static boolean isManager() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.hasRole(Role.RECEPTION);
    }

    void requireManager(long eventId) {
        if (!isManager()) {
            throw new AccessDeniedException("Guests are managed by office and reception staff");
        }
        events.requireAccess(eventId);
    }

    /** Null: every guest of the event; otherwise only guests of these units (possibly none). */
    @Nullable List<Long> readableUnits(long eventId) {
        events.requireAccess(eventId);
        if (isManager()) {
            return null;
        }
        List<Long> mine = units.myLiaisonUnitIds();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Only a unit's liaison sees its guests");
        }
        return mine;
    }

    boolean canRead(Guest guest) {
        if (!events.canAccess(guest.eventId())) {
            return false;
        }
        if (isManager()) {
            return true;
        }
        Long unit = guest.invitingUnitId();
        return unit != null && units.myLiaisonUnitIds().contains(unit);
    }
}
