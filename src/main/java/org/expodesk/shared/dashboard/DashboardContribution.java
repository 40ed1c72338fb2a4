package org.expodesk.shared.dashboard;

import java.util.List;

/**
 * What a feature adds to the dashboard of an event: figures (a count with a label) and charts. Each
 * feature decides itself which roles may see its part, and returns nothing to the others. The dashboard
 * collects every contribution, so a new feature fills it in without touching the dashboard.
 */
public interface DashboardContribution {

    List<DashboardFigure> figures(long eventId);

    default List<DashboardChart> charts(long eventId) {
        return List.of();
    }
}
