package org.expodesk.checkin;

import java.util.Set;
import org.expodesk.shared.security.EventScopedPrincipal;

/**
 * The principal of a request made with a device token: one enrolled device, bound to one gate of one event.
 * It works on that event only ({@link EventScopedPrincipal}) and scans at that gate only.
 */
public record ScanningDevice(long deviceId, long eventId, long gateId) implements EventScopedPrincipal {

    @Override
    public Set<Long> eventIds() {
        return Set.of(eventId);
    }
}
