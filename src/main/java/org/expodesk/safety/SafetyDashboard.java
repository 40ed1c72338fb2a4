package org.expodesk.safety;

import java.util.List;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Safety on the dashboard of organisers and inspectors: overdue and open rectifications, and the targets nobody
 * has inspected today. Events without targets show nothing, so an investment fair's dashboard stays clean.
 */
@Component
class SafetyDashboard implements DashboardContribution {

    /** After the booths (100), before later features. */
    static final int ORDER = 200;

    private final SafetyService safety;

    SafetyDashboard(SafetyService safety) {
        this.safety = safety;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!CurrentUser.hasRole(Role.ADMIN) && !CurrentUser.hasRole(Role.ORGANISER) && !CurrentUser.hasRole(Role.SAFETY)) {
            return List.of();
        }
        SafetyService.SafetyOverview overview = safety.overview(eventId);
        if (overview.targets() == 0 && overview.openRectifications() == 0) {
            return List.of();
        }
        return List.of(
                new DashboardFigure("safety-overdue", "safety.dashboard.overdue", overview.overdueRectifications(), ORDER),
                new DashboardFigure("safety-open", "safety.dashboard.open", overview.openRectifications(), ORDER + 1),
                new DashboardFigure("safety-not-inspected", "safety.dashboard.not-inspected", overview.notInspectedToday(), ORDER + 2));
    }
}
