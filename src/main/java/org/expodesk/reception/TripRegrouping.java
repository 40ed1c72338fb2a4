package org.expodesk.reception;

import java.util.EnumSet;
import org.expodesk.guest.GuestTravelChanged;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Follows a guest's changed arrival or departure into the pickup trips. It runs after the guest's change was
 * committed, on its own thread and with nobody signed in, so it acts as the system (like the demo data does).
 */
@Component
class TripRegrouping {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TripRegrouping.class);

    private static final AppUser SYSTEM = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);

    private final PickupService pickups;

    TripRegrouping(PickupService pickups) {
        this.pickups = pickups;
    }

    @ApplicationModuleListener
    void on(GuestTravelChanged changed) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            pickups.followTravelChange(changed.guestId());
        } catch (RuntimeException e) {
            // The guest's change is committed already; reception must not make it fail. The board still shows the
            // guest's new travel, so the team sees the mismatch.
            log.warn("Could not follow the travel change of guest {} into the pickup trips", changed.guestId(), e);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
