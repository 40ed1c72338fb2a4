package org.expodesk.badge;

import org.jspecify.annotations.Nullable;

/** What the office narrows a badge list to; null fields do not filter. The text matches names and organisation. */
public record BadgeFilter(@Nullable Long typeId, @Nullable BadgeStatus status, @Nullable String text) {

    public static BadgeFilter all() {
        return new BadgeFilter(null, null, null);
    }
}
