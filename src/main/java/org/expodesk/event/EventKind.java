package org.expodesk.event;

import java.util.Locale;

/** What sort of event it is; it decides which features matter most (booths for an expo, deals for a fair). */
public enum EventKind {
    /** 博览会 / 展会: halls, booths, exhibitors. */
    EXPO,
    /** 投洽会: attended or hosted to sign investment deals. */
    INVESTMENT_FAIR,
    OTHER;

    public String messageKey() {
        return "event.kind." + name().toLowerCase(Locale.ROOT);
    }
}
