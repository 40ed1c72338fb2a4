package org.expodesk.safety;

import java.util.Locale;

/** How bad a failed item is; a critical failure (a blocked fire exit) reaches organisers at once. */
public enum Severity {
    MINOR, MAJOR, CRITICAL;

    public String messageKey() {
        return "safety.severity." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
