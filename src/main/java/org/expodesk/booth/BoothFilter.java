package org.expodesk.booth;

import org.jspecify.annotations.Nullable;

/** What the booth grid shows: one hall or all, one status, one kind, and codes starting with the given text. */
public record BoothFilter(@Nullable Long hallId, @Nullable BoothStatus status, @Nullable BoothKind kind, @Nullable String code) {

    public static BoothFilter all() {
        return new BoothFilter(null, null, null, null);
    }
}
