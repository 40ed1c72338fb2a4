package org.expodesk.safety;

import java.util.Locale;

/** The kinds of incident every event keeps a contingency plan (预案) for. */
public enum IncidentKind {
    FIRE, CROWD_CRUSH, POWER_CUT, FOOD_POISONING, SEVERE_WEATHER, LOST_CHILD;

    public String messageKey() {
        return "safety.incident-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
