package org.expodesk.countdown;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.expodesk.event.EventSummary;

/** What the wall chart draws: the event, today in its time zone, every task and the ids on the critical path. */
public record WallChart(EventSummary event, LocalDate today, List<TaskSummary> tasks, Set<Long> critical) {

    public WallChart {
        tasks = List.copyOf(tasks);
        critical = Set.copyOf(critical);
    }

    /** Days until opening: 10 reads "D-10"; 0 is opening day, negative after it. */
    public long daysToOpening() {
        return ChronoUnit.DAYS.between(today, event.startDate());
    }

    /** A day as the countdown names it: D-10, D0, D+2. */
    public static String dayLabel(long offsetFromOpening) {
        return offsetFromOpening == 0 ? "D0" : offsetFromOpening < 0 ? "D" + offsetFromOpening : "D+" + offsetFromOpening;
    }

    public long offset(LocalDate day) {
        return ChronoUnit.DAYS.between(event.startDate(), day);
    }
}
