package org.expodesk.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the session list shows: one fair day or all, one kind, one place (by {@link SessionPlace#key()}), or everything. */
public record SessionFilter(@Nullable LocalDate day, @Nullable SessionKind kind, @Nullable String placeKey) {

    public static SessionFilter all() {
        return new SessionFilter(null, null, null);
    }
}
