package org.expodesk.event;

import java.util.Locale;

/** Where the event stands, from the first plan to the day after closing. */
public enum EventStatus {
    /** 筹备中 */
    PLANNING,
    /** 招展招商中: registrations and invitations are open. */
    REGISTRATION,
    /** 布展中: booths are being built. */
    BUILD_UP,
    /** 开展中: gates open. */
    RUNNING,
    /** 已闭幕 */
    CLOSED;

    public String messageKey() {
        return "event.status." + name().toLowerCase(Locale.ROOT);
    }
}
