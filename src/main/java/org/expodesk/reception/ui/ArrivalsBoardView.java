package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.expodesk.reception.ArrivalsBoard;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.ReceptionNotice;
import org.expodesk.reception.TripDirection;
import org.expodesk.reception.TripSummary;
import org.expodesk.reception.VehicleSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The arrivals and departures board of one day: who arrives and leaves when and where (from the RSVP), the pickup
 * and drop-off trips with their cars and passengers, and the notices of guests moved because their travel changed.
 * The team groups each direction of the day into trips, puts a single guest into a trip by hand, and sends a car
 * per trip here.
 */
@Route("reception/arrivals")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
@Menu(order = 55, title = "reception.board.title", icon = "vaadin:car")
public class ArrivalsBoardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PickupService pickups;
    private final DatePicker day = new DatePicker();
    private final Grid<ArrivalsBoard.Line> arrivals = new Grid<>();
    private final Grid<ArrivalsBoard.Line> departures = new Grid<>();
    private final Div notices = new Div();
    private final Div trips = new Div();
    private long eventId;

    public ArrivalsBoardView(PickupService pickups, EventService events, CurrentEvent currentEvent) {
        this.pickups = pickups;
        addClassName("view");
        setPadding(false);
        Long id = currentEvent.id().orElse(null);
        if (id == null) {
            add(new ViewTitle(getTranslation("reception.board.title")), new Paragraph(getTranslation("reception.board.no-event")));
            return;
        }
        eventId = id;
        EventSummary event = events.find(id).orElseThrow();
        LocalDate today = LocalDate.now(event.timeZone());
        day.setValue(today.isBefore(event.startDate().minusDays(1)) || today.isAfter(event.endDate()) ? event.startDate().minusDays(1) : today);
        day.setLabel(getTranslation("reception.board.day"));
        day.setId("board-day");
        day.addValueChangeListener(e -> refresh());
        Button group = new Button(getTranslation("reception.board.group"), VaadinIcon.CAR.create(), e -> group(TripDirection.ARRIVAL));
        group.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        group.setId("board-group");
        Button groupDepartures = new Button(getTranslation("desk.board.group-departures"), VaadinIcon.CAR.create(),
                e -> group(TripDirection.DEPARTURE));
        groupDepartures.setId("board-group-departures");
        add(new ViewTitle(getTranslation("reception.board.title"), groupDepartures, group), day, notices);
        configure(arrivals, "board-arrivals", TripDirection.ARRIVAL);
        configure(departures, "board-departures", TripDirection.DEPARTURE);
        add(new H3(getTranslation("reception.board.arrivals")), arrivals, new H3(getTranslation("desk.board.departures")), departures,
                new H3(getTranslation("desk.board.trips")), trips);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reception.board.title") + " · " + getTranslation("app.name");
    }

    private void configure(Grid<ArrivalsBoard.Line> grid, String id, TripDirection direction) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("desk.board.nobody." + direction.name()));
        grid.addColumn(l -> time(leg(l, direction))).setHeader(getTranslation("reception.board.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.guest().displayName(getLocale())).setHeader(getTranslation("reception.board.guest")).setAutoWidth(true);
        grid.addColumn(l -> l.guest().partySize()).setHeader(getTranslation("reception.board.persons")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> travel(leg(l, direction))).setHeader(getTranslation("reception.board.travel")).setAutoWidth(true);
        grid.addColumn(l -> l.tripId() == null ? getTranslation("reception.board.no-trip") : "✓")
                .setHeader(getTranslation("reception.board.trip")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> {
            Button choose = new Button(getTranslation("desk.board.choose-trip"),
                    e -> new TripChoiceDialog(pickups, l.guest(), direction, this::refresh).open());
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            choose.addClassName("board-choose-trip");
            return choose;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    private static @Nullable Travel leg(ArrivalsBoard.Line line, TripDirection direction) {
        return direction == TripDirection.ARRIVAL ? line.guest().arrival() : line.guest().departure();
    }

    private void group(TripDirection direction) {
        List<TripSummary> grouped = pickups.groupIntoTrips(eventId, day.getValue(), direction, PickupService.DEFAULT_WINDOW_MINUTES);
        Toast.success(getTranslation("desk.board.grouped", getTranslation("reception.direction." + direction.name()), grouped.size()));
        refresh();
    }

    private void refresh() {
        if (day.getValue() == null) {
            return;
        }
        ArrivalsBoard board = pickups.board(eventId, day.getValue());
        arrivals.setItems(board.arrivals());
        departures.setItems(board.departures());
        notices.removeAll();
        notices.setId("board-notices");
        for (ReceptionNotice n : board.notices()) {
            Paragraph p = new Paragraph("⚠ " + getTranslation(n.reason()) + (n.details() == null ? "" : " — " + n.details()));
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            notices.add(p);
        }
        trips.removeAll();
        trips.setId("board-trip-list");
        List<VehicleSummary> vehicles = pickups.vehicles(eventId);
        for (TripSummary trip : board.trips()) {
            trips.add(tripCard(trip, vehicles));
        }
    }

    private VerticalLayout tripCard(TripSummary trip, List<VehicleSummary> vehicles) {
        VerticalLayout card = new VerticalLayout();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        card.setSpacing(false);
        Span head = new Span(getTranslation(TripDirection.ARRIVAL == trip.direction() ? "reception.direction.ARRIVAL" : "reception.direction.DEPARTURE")
                + " · " + trip.place() + " · " + TIME.format(trip.windowStart()) + "–" + TIME.format(trip.windowEnd())
                + " · " + getTranslation("reception.board.trip-persons", trip.persons()));
        head.getStyle().set("font-weight", "600");
        Select<VehicleSummary> car = new Select<>();
        car.setLabel(getTranslation("reception.board.vehicle"));
        car.setItems(vehicles);
        car.setEmptySelectionAllowed(true);
        car.setEmptySelectionCaption(getTranslation("reception.board.no-vehicle"));
        car.setItemLabelGenerator(v -> v == null ? getTranslation("reception.board.no-vehicle")
                : getTranslation("reception.board.vehicle-line", v.plate(), v.seats(), v.driverName(), v.driverPhone()));
        car.setWidth("min(24em, 100%)");
        car.setValue(trip.vehicle());
        car.setId("trip-vehicle-" + trip.id());
        car.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                pickups.assignVehicle(trip.id(), e.getValue() == null ? null : e.getValue().id());
                Toast.success(getTranslation("reception.board.vehicle-saved"));
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
            refresh();
        });
        String names = String.join("、", trip.passengers().stream().map(p -> p.nameZh() + (p.number() == null ? "" : " " + p.number())).toList());
        card.add(new HorizontalLayout(head), car, new Span(names));
        return card;
    }

    private static String time(@Nullable Travel t) {
        return t == null || t.at() == null ? "" : TIME.format(t.at());
    }

    private String travel(@Nullable Travel t) {
        return t == null ? "" : (t.number() == null ? "" : t.number() + " ") + (t.place() == null ? "" : t.place());
    }
}
