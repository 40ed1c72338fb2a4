package org.expodesk.programme;

import java.util.List;

/** What saving a session did: saved (perhaps keeping conflicts the organiser accepted), or held back because of conflicts. */
public sealed interface SessionSaveResult {

    /** Saved; {@code keptConflicts} is empty unless the organiser chose to keep them. */
    record Saved(SessionSummary session, List<SessionConflict> keptConflicts) implements SessionSaveResult {
        public Saved {
            keptConflicts = List.copyOf(keptConflicts);
        }
    }

    /** Nothing saved: the conflicts are shown and the organiser may fix the session or keep it anyway. */
    record HeldBack(List<SessionConflict> conflicts) implements SessionSaveResult {
        public HeldBack {
            conflicts = List.copyOf(conflicts);
        }
    }
}
