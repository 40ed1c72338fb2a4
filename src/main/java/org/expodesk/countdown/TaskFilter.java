package org.expodesk.countdown;

import org.jspecify.annotations.Nullable;

/** The task list's filters; null means any. {@code lateOnly} keeps tasks past their deadline and not done. */
public record TaskFilter(@Nullable Workstream workstream, @Nullable Long ownerUnitId, @Nullable Long ownerPersonId, boolean lateOnly) {

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, false);
    }
}
