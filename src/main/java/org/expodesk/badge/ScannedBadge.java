package org.expodesk.badge;

import org.jspecify.annotations.Nullable;

/**
 * A badge as a gate needs it after its code has been verified: whether it still admits, its type's entry
 * rule, and the display data shown to the volunteer. Names are those printed on the badge.
 */
public record ScannedBadge(String badgeUid, long eventId, BadgeStatus status, long typeId, boolean reEntry,
        String nameZh, @Nullable String nameEn, @Nullable String organisation, String typeNameZh, String typeNameEn,
        String typeColour) {

    public boolean revoked() {
        return status != BadgeStatus.ISSUED;
    }
}
