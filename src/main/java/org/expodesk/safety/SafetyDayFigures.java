package org.expodesk.safety;

import java.util.List;

/**
 * One day's safety figures for the evening summary (一日一总结): inspections done and failed on that day, and the
 * rectifications open and overdue at its end (or now, for today), with the critical failures found that day.
 */
public record SafetyDayFigures(int inspectionsDone, int inspectionsFailed, int openRectifications, int overdueRectifications,
        List<CriticalFinding> critical) {

    public SafetyDayFigures {
        critical = List.copyOf(critical);
    }
}
