package org.expodesk.reception;

import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Reception is run by the reception team and the office of the event; everybody else is refused. */
@Component
class ReceptionAccess {

    /** The roles of {@code @PreAuthorize} on every reception method; the event is checked by {@link #require}. */
    static final String TEAM = "hasAnyRole('ADMIN','ORGANISER','RECEPTION')";

    private final EventAccessPolicy events;

    ReceptionAccess(EventAccessPolicy events) {
        this.events = events;
    }

    void require(long eventId) {
        if (!(CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.hasRole(Role.RECEPTION))) {
            throw new AccessDeniedException("Reception is run by the reception team and the office");
        }
        events.requireAccess(eventId);
    }
}
