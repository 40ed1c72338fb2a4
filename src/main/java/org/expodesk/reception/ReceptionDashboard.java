package org.expodesk.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Reception on the dashboard: today's arrivals and departures, accepted guests without a room, trips without a
 * vehicle, and the rooms left per hotel and night. Shown to the reception team and the office only.
 */
@Component
class ReceptionDashboard implements DashboardContribution {

    static final int ORDER = 400;

    private final LodgingService lodging;
    private final PickupService pickups;
    private final EventService events;
    private final Clock clock;

    ReceptionDashboard(LodgingService lodging, PickupService pickups, EventService events, Clock clock) {
        this.lodging = lodging;
        this.pickups = pickups;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<DashboardFigure> figures(long eventId) {
        if (!isTeam() || lodging.hotels(eventId).isEmpty() && pickups.vehicles(eventId).isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(events.find(eventId).orElseThrow().timeZone()));
        ArrivalsBoard board = pickups.board(eventId, today);
        long unlodged = lodging.withoutRoom(eventId).size();
        return List.of(
                new DashboardFigure("reception-arrivals-today", "reception.dashboard.arrivals-today", board.arrivals().size(), ORDER),
                new DashboardFigure("reception-departures-today", "reception.dashboard.departures-today", board.departures().size(), ORDER + 1),
                new DashboardFigure("reception-without-room", "reception.dashboard.without-room", unlodged, ORDER + 2),
                new DashboardFigure("reception-trips-without-vehicle", "reception.dashboard.trips-without-vehicle",
                        pickups.tripsWithoutVehicle(eventId), ORDER + 3));
    }

    @Override
    public List<DashboardChart> charts(long eventId) {
        if (!isTeam()) {
            return List.of();
        }
        List<DashboardChart.Slice> slices = lodging.loads(eventId).stream()
                .map(l -> new DashboardChart.Slice("reception.dashboard.rooms-left-slice", l.left(),
                        List.<Object>of(l.hotelNameZh(), l.night().getMonthValue() + "/" + l.night().getDayOfMonth())))
                .toList();
        return slices.isEmpty() ? List.of()
                : List.of(new DashboardChart("reception-rooms-left", "reception.dashboard.rooms-left", DashboardChart.Kind.BAR, slices, ORDER));
    }

    private static boolean isTeam() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.hasRole(Role.RECEPTION);
    }
}
