package org.expodesk.badge;

import java.util.Locale;

/** A badge admits while ISSUED; a revoked one never admits again, whatever its code says. */
public enum BadgeStatus {
    ISSUED,
    REVOKED;

    public String messageKey() {
        return "badge.status." + name().toLowerCase(Locale.ROOT);
    }
}
