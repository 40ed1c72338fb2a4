package org.expodesk.exhibitor;

import java.util.Locale;

/** How a company has a booth: held for a limited time while it decides, or assigned for good. */
public enum AllocationState {
    HELD,
    ASSIGNED;

    public String messageKey() {
        return "exhibitor.allocation." + name().toLowerCase(Locale.ROOT);
    }
}
