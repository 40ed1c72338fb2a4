package org.expodesk.deal;

import org.jspecify.annotations.Nullable;

/** What the deals grid shows: text in the project or investor name, one unit, industry, kind and status. */
public record DealFilter(@Nullable String text, @Nullable Long unitId, @Nullable Industry industry, @Nullable DealKind kind,
        @Nullable DealStatus status) {

    public static DealFilter all() {
        return new DealFilter(null, null, null, null, null);
    }
}
