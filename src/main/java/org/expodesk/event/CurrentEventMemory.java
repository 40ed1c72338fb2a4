package org.expodesk.event;

import org.jspecify.annotations.Nullable;

/** Where the current event is remembered between sessions (the user's account); implemented outside this module. */
public interface CurrentEventMemory {

    @Nullable Long recall();

    void remember(@Nullable Long eventId);
}
