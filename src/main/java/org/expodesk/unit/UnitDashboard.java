package org.expodesk.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The organisation tree on the office's dashboard: how many units take part, of which kinds, and how many
 * still have no liaison (the person the office calls for everything, so a missing one is work to do).
 * Units belong to the whole fair organisation, not to one event, so the figures are the same for every event.
 */
@Component
class UnitDashboard implements DashboardContribution {

    /** After the event's own figures, which come first on the dashboard. */
    static final int ORDER = 200;

    private final UnitService units;

    UnitDashboard(UnitService units) {
        this.units = units;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!mayView()) {
            return List.of();
        }
        UnitCounts counts = units.counts();
        return List.of(
                new DashboardFigure("units", "unit.dashboard.count", counts.total(), ORDER),
                new DashboardFigure("units-without-liaison", "unit.dashboard.without-liaison", counts.withoutLiaison(), ORDER + 1));
    }

    /** A ring of the kinds that exist; kinds with no unit are left out so the legend names only what is there. */
    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!mayView()) {
            return List.of();
        }
        List<DashboardChart.Slice> slices = new ArrayList<>();
        units.counts().byKind().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> slices.add(new DashboardChart.Slice(e.getKey().messageKey(), e.getValue())));
        if (slices.isEmpty()) {
            return List.of();
        }
        return List.of(new DashboardChart("units-by-kind", "unit.dashboard.by-kind", DashboardChart.Kind.RING, slices, ORDER));
    }

    /** The same roles as {@link UnitService}; asking first keeps the dashboard of other roles free of access errors. */
    private static boolean mayView() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER);
    }
}
