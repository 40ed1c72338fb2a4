package org.expodesk.booth;

import java.util.Locale;

/** Which side of a booth is cut into equal parts: its width (parts side by side) or its depth (one behind the other). */
public enum SplitAxis {
    WIDTH,
    DEPTH;

    public String messageKey() {
        return "booth.split.axis." + name().toLowerCase(Locale.ROOT);
    }
}
