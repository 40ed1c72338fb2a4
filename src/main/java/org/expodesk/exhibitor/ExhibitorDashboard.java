package org.expodesk.exhibitor;

import java.math.RoundingMode;
import java.util.List;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The exhibitor targets on the office's dashboard, after the booths' figures: registrations waiting for review,
 * approved companies, area sold, local enterprises, and the famous-brand share against the event's goal as a
 * figure and a bar pair (share, goal). Booths free, held and assigned per hall are the booth feature's bar
 * chart. Other roles see nothing; an event without any registration shows nothing either.
 */
@Component
class ExhibitorDashboard implements DashboardContribution {

    /** After the booths' figures (100…). */
    static final int ORDER = 110;

    private final ExhibitorTargets targets;

    ExhibitorDashboard(ExhibitorTargets targets) {
        this.targets = targets;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!office()) {
            return List.of();
        }
        TargetFigures t = targets.figures(eventId);
        return List.of(
                new DashboardFigure("exhibitors-waiting", "exhibitor.targets.waiting", t.waitingForReview(), ORDER),
                new DashboardFigure("exhibitors-approved", "exhibitor.targets.approved", t.approved(), ORDER + 1),
                new DashboardFigure("exhibitors-area-sold", "exhibitor.targets.area-sold", t.areaSold().setScale(0, RoundingMode.HALF_UP).longValueExact(), ORDER + 2),
                new DashboardFigure("exhibitors-famous-share", "exhibitor.targets.famous-share",
                        t.famousBrandSharePercent().setScale(0, RoundingMode.HALF_UP).longValueExact(), ORDER + 3),
                new DashboardFigure("exhibitors-famous-goal", "exhibitor.targets.famous-goal", t.famousBrandGoalPercent(), ORDER + 4),
                new DashboardFigure("exhibitors-local", "exhibitor.targets.local", t.localEnterprises(), ORDER + 5));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!office()) {
            return List.of();
        }
        TargetFigures t = targets.figures(eventId);
        if (t.approved() == 0) {
            return List.of();
        }
        return List.of(new DashboardChart("exhibitors-famous-vs-goal", "exhibitor.targets.famous-chart", DashboardChart.Kind.BAR, List.of(
                new DashboardChart.Slice("exhibitor.targets.famous-share", t.famousBrandSharePercent().setScale(0, RoundingMode.HALF_UP).longValueExact()),
                new DashboardChart.Slice("exhibitor.targets.famous-goal", t.famousBrandGoalPercent()),
                new DashboardChart.Slice("exhibitor.targets.local-share",
                        t.localEnterprises() * 100 / t.approved())), ORDER));
    }

    /** Asking first keeps other roles' dashboards free of access errors. */
    private static boolean office() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER);
    }
}
