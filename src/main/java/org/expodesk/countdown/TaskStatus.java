package org.expodesk.countdown;

import java.util.Locale;

/** Where a preparation task stands. Only a task whose predecessors are done may be in progress or done. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Waiting on something outside the plan (a permit, a supplier): shown to the office, still late when overdue. */
    BLOCKED;

    public String messageKey() {
        return "countdown.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** In progress or done: the task has begun, so everything it depends on must be finished. */
    public boolean started() {
        return this == IN_PROGRESS || this == DONE;
    }
}
