package org.expodesk.safety;

import java.util.Locale;

/** The domains checklists are grouped by. */
public enum SafetyDomain {
    FIRE, FOOD, CROWD, ELECTRICAL, STRUCTURE, MEDICAL, TRAFFIC;

    public String messageKey() {
        return "safety.safety-domain." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
