package org.expodesk.reception.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.expodesk.reception.DeskFilter;
import org.expodesk.reception.DeskLine;
import org.expodesk.reception.GuestDesk;
import org.expodesk.reception.ItineraryService;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.TripDirection;
import org.expodesk.reception.TripSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The reception desk: every accepted guest of the event with party, travel, pickup trips, hotel and room, dietary
 * needs and what is missing; filtered by day, "no room", "no trip" and a search. Per guest: assign a room, put into
 * or take out of a trip, download the personal itinerary; and one PDF of the itineraries of the guests shown.
 */
@Route("reception/guests")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
@Menu(order = 54, title = "desk.title", icon = "vaadin:user-card")
public class GuestDeskView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final GuestDesk desk;
    private final LodgingService lodging;
    private final PickupService pickups;
    private final Grid<DeskLine> grid = new Grid<>();
    private final DatePicker day;
    private final Checkbox noRoom = new Checkbox();
    private final Checkbox noTrip = new Checkbox();
    private final TextField search = new TextField();
    private final Span count = new Span();
    /** The guests shown, read by the batch download (its request runs outside the UI's lock). */
    private volatile List<Long> shown = List.of();
    private long eventId;

    public GuestDeskView(GuestDesk desk, LodgingService lodging, PickupService pickups, ItineraryService itineraries, CurrentEvent currentEvent) {
        this.desk = desk;
        this.lodging = lodging;
        this.pickups = pickups;
        addClassName("view");
        setPadding(false);
        setSizeFull();
        day = DatePickers.create(getTranslation("desk.filter.day"), getLocale());
        Long id = currentEvent.id().orElse(null);
        if (id == null) {
            add(new ViewTitle(getTranslation("desk.title")), new Paragraph(getTranslation("reception.board.no-event")));
            return;
        }
        eventId = id;
        ItineraryDownloads downloads = new ItineraryDownloads(itineraries);
        Anchor batch = download(downloads.batch(eventId, () -> shown), getTranslation("desk.action.batch"), VaadinIcon.DOWNLOAD);
        batch.setId("desk-batch");
        batch.setTitle(getTranslation("desk.action.batch.hint"));
        add(new ViewTitle(getTranslation("desk.title"), batch), filters());
        configureGrid(downloads);
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " · " + getTranslation("app.name");
    }

    private Component filters() {
        day.setId("desk-day");
        day.setClearButtonVisible(true);
        day.addValueChangeListener(e -> refresh());
        noRoom.setLabel(getTranslation("desk.filter.no-room"));
        noRoom.setId("desk-no-room");
        noRoom.addValueChangeListener(e -> refresh());
        noTrip.setLabel(getTranslation("desk.filter.no-trip"));
        noTrip.setId("desk-no-trip");
        noTrip.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("desk.filter.search"));
        search.setPlaceholder(getTranslation("desk.filter.search.hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("desk-search");
        search.addValueChangeListener(e -> refresh());
        count.setId("desk-count");
        HorizontalLayout bar = new HorizontalLayout(day, search, noRoom, noTrip, count);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid(ItineraryDownloads downloads) {
        grid.setId("desk-grid");
        grid.setEmptyStateText(getTranslation("desk.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::who).setHeader(getTranslation("desk.column.guest")).setWidth("9em").setFlexGrow(1).setFrozen(true);
        grid.addColumn(l -> l.guest().partySize()).setHeader(getTranslation("desk.column.persons")).setWidth("6.5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(l -> leg(l, TripDirection.ARRIVAL)).setHeader(getTranslation("desk.column.arrival")).setWidth("9em").setFlexGrow(2);
        grid.addComponentColumn(l -> leg(l, TripDirection.DEPARTURE)).setHeader(getTranslation("desk.column.departure")).setWidth("9em").setFlexGrow(2);
        grid.addColumn(this::room).setHeader(getTranslation("desk.column.room")).setWidth("7em").setFlexGrow(1);
        grid.addColumn(l -> l.guest().dietary() == null ? "" : l.guest().dietary()).setHeader(getTranslation("desk.column.dietary"))
                .setWidth("4.5em").setFlexGrow(1);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("desk.column.flags")).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(l -> actions(l, downloads)).setHeader(getTranslation("desk.column.actions")).setWidth("8.5em").setFlexGrow(0);
    }

    private void refresh() {
        List<DeskLine> lines = desk.lines(eventId, new DeskFilter(day.getValue(), noRoom.getValue(), noTrip.getValue(), search.getValue()));
        grid.setItems(lines);
        shown = lines.stream().map(l -> l.guest().id()).toList();
        count.setText(getTranslation("desk.count", lines.size()));
    }

    private Component who(DeskLine line) {
        GuestSummary g = line.guest();
        Span name = new Span(g.displayName(getLocale()));
        name.getStyle().set("font-weight", "600");
        Div who = new Div(name);
        if (g.organisation() != null) {
            Span org = new Span(g.organisation());
            org.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            who.add(org);
        }
        return who;
    }

    private String travel(@Nullable Travel leg) {
        if (leg == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (leg.at() != null) {
            parts.add(WHEN.format(leg.at()));
        }
        parts.add(getTranslation(leg.mode().messageKey()));
        if (leg.number() != null) {
            parts.add(leg.number());
        }
        if (leg.place() != null) {
            parts.add(leg.place());
        }
        return String.join(" ", parts);
    }

    /** The train or flight of one leg and, below it, the trip the guest rides in. */
    private Component leg(DeskLine line, TripDirection direction) {
        Travel leg = direction == TripDirection.ARRIVAL ? line.guest().arrival() : line.guest().departure();
        Div cell = new Div(new Span(travel(leg)));
        TripSummary trip = line.trip(direction);
        if (trip != null) {
            Span ride = new Span(getTranslation("desk.trip.short." + direction.name(), trip.place(), TIME.format(trip.windowStart()),
                    trip.vehicle() == null ? getTranslation("reception.board.no-vehicle") : trip.vehicle().plate()));
            ride.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-success-text-color)");
            cell.add(ride);
        }
        return cell;
    }

    private String room(DeskLine line) {
        return line.stay() == null ? "" : line.stay().hotelNameZh() + " " + AssignRoomDialog.rooms(line.stay());
    }

    private Component flags(DeskLine line) {
        Div flags = new Div();
        flags.addClassName("desk-flags");
        if (line.noRoom()) {
            flags.add(badge("desk.flag.no-room", "error"));
        }
        if (line.noTrip()) {
            flags.add(badge("desk.flag.no-trip", "error"));
        }
        if (line.early()) {
            flags.add(badge("desk.flag.early", "contrast"));
        }
        if (line.late()) {
            flags.add(badge("desk.flag.late", "contrast"));
        }
        return flags;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme + " small");
        badge.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0");
        return badge;
    }

    private Component actions(DeskLine line, ItineraryDownloads downloads) {
        Button room = new Button(VaadinIcon.BED.create(), e -> new AssignRoomDialog(lodging, eventId, line.guest(), null, stay -> refresh()).open());
        room.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        room.addClassName("desk-room");
        room.setTooltipText(getTranslation("desk.action.room"));
        room.setAriaLabel(getTranslation("desk.action.room"));
        room.setEnabled(line.stay() == null);
        Button trip = new Button(VaadinIcon.CAR.create(), e -> new TripChoiceDialog(pickups, line.guest(), TripDirection.ARRIVAL, this::refresh).open());
        trip.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        trip.addClassName("desk-trip");
        trip.setTooltipText(getTranslation("desk.action.trip"));
        trip.setAriaLabel(getTranslation("desk.action.trip"));
        Anchor pdf = download(downloads.single(line.guest().id()), "", VaadinIcon.FILE_TEXT_O);
        pdf.addClassName("desk-itinerary");
        pdf.setTitle(getTranslation("desk.action.itinerary"));
        pdf.getElement().setAttribute("aria-label", getTranslation("desk.action.itinerary"));
        HorizontalLayout actions = new HorizontalLayout(room, trip, pdf);
        actions.setSpacing(true);
        return actions;
    }

    private static Anchor download(DownloadHandler handler, String text, VaadinIcon icon) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        Button button = new Button(text, icon.create());
        if (text.isEmpty()) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }
}
