package org.expodesk.booth;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Booths on the office's dashboard: how many there are, how many are still free, their total area, and per
 * hall a bar split by status in the floor plan's colours, so the office sees at a glance where booths are left.
 * Events without halls (an investment fair) show nothing.
 */
@Component
class BoothDashboard implements DashboardContribution {

    /** After the event's own figures, before the organisation's units. */
    static final int ORDER = 100;

    /** The floor plan's colours (frontend/components/floor-plan.js), so the chart reads like the plan. */
    private static final Map<BoothStatus, String> COLOURS = Map.of(BoothStatus.FREE, "#3a9a6a", BoothStatus.HELD, "#c98a12",
            BoothStatus.RESERVED, "#2f6fb0", BoothStatus.ASSIGNED, "#b8262f", BoothStatus.BLOCKED, "#5b6b7a");

    private final BoothService booths;

    BoothDashboard(BoothService booths) {
        this.booths = booths;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        List<HallOccupancy> halls = occupancy(eventId);
        if (halls.isEmpty()) {
            return List.of();
        }
        long total = halls.stream().mapToLong(HallOccupancy::total).sum();
        long free = halls.stream().mapToLong(h -> h.count(BoothStatus.FREE)).sum();
        long assigned = halls.stream().mapToLong(h -> h.count(BoothStatus.ASSIGNED)).sum();
        BigDecimal area = halls.stream().map(HallOccupancy::boothArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(
                new DashboardFigure("booths", "booth.dashboard.count", total, ORDER),
                new DashboardFigure("booths-free", "booth.dashboard.free", free, ORDER + 1),
                new DashboardFigure("booths-assigned", "booth.dashboard.assigned", assigned, ORDER + 2),
                new DashboardFigure("booth-area", "booth.dashboard.area", area.setScale(0, RoundingMode.HALF_UP).longValueExact(), ORDER + 3));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        List<HallOccupancy> halls = occupancy(eventId);
        if (halls.isEmpty()) {
            return List.of();
        }
        List<DashboardChart.Slice> bars = new ArrayList<>();
        for (HallOccupancy hall : halls) {
            bars.add(new DashboardChart.Slice("booth.dashboard.hall", hall.total(), List.of(hall.hall().code())));
        }
        List<DashboardChart.Series> parts = new ArrayList<>();
        for (BoothStatus status : BoothStatus.values()) {
            parts.add(new DashboardChart.Series(status.messageKey(), halls.stream().map(h -> h.count(status)).toList(), COLOURS.get(status)));
        }
        return List.of(new DashboardChart("booths-by-hall", "booth.dashboard.by-hall", DashboardChart.Kind.STACKED_BAR, bars, ORDER, parts));
    }

    /** The office's figures only; asking first keeps other roles' dashboards free of access errors. */
    private List<HallOccupancy> occupancy(long eventId) {
        if (!CurrentUser.hasRole(Role.ADMIN) && !CurrentUser.hasRole(Role.ORGANISER)) {
            return List.of();
        }
        return booths.occupancy(eventId);
    }
}
