package org.expodesk.badge;

import java.util.UUID;

/** Where a background print run stands: {@code done} of {@code total} badges drawn, and whether it is over. */
public record BadgePrintProgress(UUID jobId, long done, long total, State state) {

    public enum State {
        RUNNING,
        /** The PDF is ready to download (once, within the hour). */
        DONE,
        CANCELLED,
        FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
