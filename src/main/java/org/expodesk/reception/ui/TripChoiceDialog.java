package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.TripDirection;
import org.expodesk.reception.TripSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Puts one guest into a trip of their travel day by hand, or takes them out: the day's trips of the direction are
 * listed with their place, window and persons; whether the guest's train or flight fits is the service's call, and
 * a refusal is shown translated.
 */
class TripChoiceDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PickupService pickups;
    private final GuestSummary guest;
    private final Runnable onChange;
    private final RadioButtonGroup<TripDirection> direction = new RadioButtonGroup<>();
    private final Div content = new Div();

    TripChoiceDialog(PickupService pickups, GuestSummary guest, TripDirection initial, Runnable onChange) {
        this.pickups = pickups;
        this.guest = guest;
        this.onChange = onChange;
        setId("trip-dialog");
        setHeaderTitle(getTranslation("desk.trip.title", guest.displayName(getLocale())));
        direction.setItems(Arrays.stream(TripDirection.values()).filter(d -> leg(d) != null && leg(d).at() != null).toList());
        direction.setItemLabelGenerator(d -> getTranslation("reception.direction." + d.name()));
        direction.setId("trip-dialog-direction");
        direction.addValueChangeListener(e -> show());
        content.setId("trip-dialog-trips");
        content.setMaxWidth("36em");
        add(direction, content);
        getFooter().add(new Button(getTranslation("desk.action.close"), e -> close()));
        if (leg(initial) != null && leg(initial).at() != null) {
            direction.setValue(initial);
        } else if (!direction.getListDataView().getItems().toList().isEmpty()) {
            direction.setValue(direction.getListDataView().getItems().findFirst().orElseThrow());
        } else {
            content.add(new Paragraph(getTranslation("desk.trip.no-travel")));
        }
    }

    private void show() {
        content.removeAll();
        TripDirection d = direction.getValue();
        Travel leg = d == null ? null : leg(d);
        if (d == null || leg == null || leg.at() == null) {
            return;
        }
        content.add(new Paragraph(getTranslation("desk.trip.travel", TIME.format(leg.at()), leg.at().toLocalDate(),
                leg.number() == null ? "" : leg.number(), leg.place() == null ? "" : leg.place())));
        TripSummary current = pickups.tripOf(guest.id(), d).orElse(null);
        if (current != null) {
            Button out = new Button(getTranslation("desk.trip.take-out"), e -> act(() -> pickups.removeFromTrip(guest.id(), current.id()),
                    "desk.trip.taken-out"));
            out.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            out.setId("trip-dialog-take-out");
            content.add(row(getTranslation("desk.trip.current", label(current)), out));
        }
        List<TripSummary> trips = pickups.board(guest.eventId(), leg.at().toLocalDate()).trips().stream()
                .filter(t -> t.direction() == d && (current == null || t.id() != current.id())).toList();
        if (trips.isEmpty()) {
            content.add(new Paragraph(getTranslation("desk.trip.none")));
        }
        for (TripSummary trip : trips) {
            Button in = new Button(getTranslation("desk.trip.put-in"), e -> act(() -> pickups.putInTrip(guest.id(), trip.id()), "desk.trip.put"));
            in.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            in.setId("trip-dialog-put-" + trip.id());
            in.addClassName("trip-dialog-put");
            content.add(row(label(trip), in));
        }
    }

    private HorizontalLayout row(String text, Button action) {
        HorizontalLayout row = new HorizontalLayout(new Span(text), action);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(row.getComponentAt(0));
        return row;
    }

    private String label(TripSummary trip) {
        return getTranslation("desk.trip.line", trip.place(), TIME.format(trip.windowStart()), TIME.format(trip.windowEnd()), trip.persons(),
                trip.vehicle() == null ? getTranslation("reception.board.no-vehicle") : trip.vehicle().plate());
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Toast.success(getTranslation(doneKey, guest.displayName(getLocale())));
            onChange.run();
            show();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    private @Nullable Travel leg(TripDirection d) {
        return d == TripDirection.ARRIVAL ? guest.arrival() : guest.departure();
    }
}
