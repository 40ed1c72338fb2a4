package org.expodesk.countdown;

/** The countdown in four counts, for the dashboard. */
public record CountdownFigures(long total, long done, long late, long dueThisWeek) {

    /** Share of tasks done, in whole percent (0 without tasks). */
    public long donePercent() {
        return total == 0 ? 0 : Math.round(100.0 * done / total);
    }
}
