package org.expodesk.safety;

import java.util.Locale;

/** What an inspector marks for one item. */
public enum ItemAnswer {
    PASSED, FAILED, NOT_APPLICABLE;

    public String messageKey() {
        return "safety.item-answer." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
