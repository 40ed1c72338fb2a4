package org.expodesk.safety;

import java.util.Locale;

/** Open until a re-check passes. */
public enum RectificationStatus {
    OPEN, CLOSED;

    public String messageKey() {
        return "safety.rectification-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
