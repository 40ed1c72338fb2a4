package org.expodesk.exhibitor;

import java.util.Locale;

/** What the company signs in with after registering: its contact's mobile or its email. */
public enum LoginChoice {
    MOBILE,
    EMAIL;

    public String messageKey() {
        return "exhibitor.login." + name().toLowerCase(Locale.ROOT);
    }
}
