package org.expodesk.safety;

import java.util.Locale;

/** The answer a sound target gives to a checklist item's question. */
public enum ExpectedAnswer {
    YES, NO;

    public String messageKey() {
        return "safety.expected-answer." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
