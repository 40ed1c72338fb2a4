package org.expodesk.countdown;

import java.util.ArrayList;
import java.util.List;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The countdown on the office's dashboard: tasks late, due within seven days, share done, and per workstream a
 * bar split into done, on track and late. The days to opening are the dashboard's own countdown card.
 */
@Component
class CountdownDashboard implements DashboardContribution {

    /** Right after the event's card: what is late matters more than how many booths are left. */
    static final int ORDER = 50;

    private final CountdownService countdown;

    CountdownDashboard(CountdownService countdown) {
        this.countdown = countdown;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!office()) {
            return List.of();
        }
        CountdownFigures f = countdown.figures(eventId);
        if (f.total() == 0) {
            return List.of();
        }
        return List.of(new DashboardFigure("tasks-late", "countdown.dashboard.late", f.late(), ORDER),
                new DashboardFigure("tasks-due-week", "countdown.dashboard.due-week", f.dueThisWeek(), ORDER + 1),
                new DashboardFigure("tasks-done-percent", "countdown.dashboard.done-percent", f.donePercent(), ORDER + 2));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!office()) {
            return List.of();
        }
        List<TaskSummary> tasks = countdown.tasks(eventId);
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<DashboardChart.Slice> bars = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        List<Long> onTrack = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        for (Workstream w : Workstream.values()) {
            List<TaskSummary> of = tasks.stream().filter(t -> t.workstream() == w).toList();
            if (of.isEmpty()) {
                continue;
            }
            bars.add(new DashboardChart.Slice(w.messageKey(), of.size()));
            done.add(of.stream().filter(t -> t.status() == TaskStatus.DONE).count());
            late.add(of.stream().filter(TaskSummary::late).count());
            onTrack.add(of.stream().filter(t -> t.status() != TaskStatus.DONE && !t.late()).count());
        }
        return List.of(new DashboardChart("tasks-by-workstream", "countdown.dashboard.by-workstream", DashboardChart.Kind.STACKED_BAR,
                bars, ORDER, List.of(new DashboardChart.Series("countdown.dashboard.series.done", done, "#3a9a6a"),
                        new DashboardChart.Series("countdown.dashboard.series.on-track", onTrack, "#2f6fb0"),
                        new DashboardChart.Series("countdown.dashboard.series.late", late, "#b8262f"))));
    }

    private static boolean office() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER);
    }
}
