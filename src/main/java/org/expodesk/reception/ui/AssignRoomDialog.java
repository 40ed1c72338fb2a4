package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.NightLoad;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Lodges one guest's party: the nights default to the guest's RSVP arrival and departure dates, and only blocks with
 * a room left in every one of those nights they cover are offered. {@link LodgingService#assign} decides; a refusal
 * (full night, already lodged, nights outside the block…) is shown translated and the dialog stays open.
 * Self-contained so that any screen can open it with the guest and a callback.
 */
public class AssignRoomDialog extends Dialog {

    private final LodgingService lodging;
    private final GuestSummary guest;
    private final Runnable onAssigned;
    private final DatePicker checkIn;
    private final DatePicker checkOut;
    private final Select<RoomBlockSummary> block = new Select<>();
    private final Paragraph none = new Paragraph();
    private final Button assign = new Button();

    public AssignRoomDialog(LodgingService lodging, GuestSummary guest, Runnable onAssigned) {
        this.lodging = lodging;
        this.guest = guest;
        this.onAssigned = onAssigned;
        setHeaderTitle(getTranslation("desk.room.title", guest.displayName(getLocale()), guest.partySize()));
        setId("assign-room-dialog");
        checkIn = DatePickers.create(getTranslation("desk.room.check-in"), getLocale());
        checkIn.setId("assign-room-check-in");
        checkIn.setValue(dateOf(guest.arrival()));
        checkOut = DatePickers.create(getTranslation("desk.room.check-out"), getLocale());
        checkOut.setId("assign-room-check-out");
        checkOut.setValue(dateOf(guest.departure()));
        checkIn.addValueChangeListener(e -> offerBlocks());
        checkOut.addValueChangeListener(e -> offerBlocks());
        block.setLabel(getTranslation("desk.room.block"));
        block.setId("assign-room-block");
        block.setWidthFull();
        none.setId("assign-room-none");
        none.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout dates = new HorizontalLayout(checkIn, checkOut);
        dates.setWrap(true);
        VerticalLayout body = new VerticalLayout(dates, block, none);
        body.setPadding(false);
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        body.setWidth("min(34em, 80vw)");
        add(body);
        assign.setText(getTranslation("desk.room.assign"));
        assign.setId("assign-room-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("desk.action.cancel"), e -> close());
        getFooter().add(cancel, assign);
        offerBlocks();
    }

    private void offerBlocks() {
        LocalDate in = checkIn.getValue();
        LocalDate out = checkOut.getValue();
        List<RoomBlockSummary> offered = new ArrayList<>();
        Map<Long, Integer> left = Map.of();
        String problem = null;
        if (in == null || out == null) {
            problem = getTranslation("desk.room.need-dates");
        } else if (!out.isAfter(in)) {
            problem = getTranslation("reception.error.check-out-before-in");
        } else {
            left = roomsLeft(in, out);
            for (RoomBlockSummary b : lodging.blocks(guest.eventId())) {
                if (left.getOrDefault(b.id(), 0) > 0) {
                    offered.add(b);
                }
            }
            if (offered.isEmpty()) {
                problem = getTranslation("desk.room.no-block");
            }
        }
        Map<Long, Integer> rooms = left;
        block.setItems(offered);
        block.setItemLabelGenerator(b -> getTranslation("desk.room.block-line", b.hotelNameZh(),
                getTranslation("reception.room-type." + b.roomType().name()), b.firstNight(), b.lastNight(), rooms.getOrDefault(b.id(), 0)));
        block.setValue(offered.isEmpty() ? null : offered.getFirst());
        none.setText(problem == null ? "" : problem);
        none.setVisible(problem != null);
        assign.setEnabled(problem == null);
    }

    /** Per block: the fewest rooms left in any night of the stay the block covers (blocks covering none are left out). */
    private Map<Long, Integer> roomsLeft(LocalDate in, LocalDate out) {
        return lodging.loads(guest.eventId()).stream()
                .filter(l -> !l.night().isBefore(in) && l.night().isBefore(out))
                .collect(Collectors.toMap(NightLoad::blockId, NightLoad::left, Math::min));
    }

    private void save() {
        RoomBlockSummary chosen = block.getValue();
        if (chosen == null) {
            Toast.error(getTranslation("desk.room.choose-block"));
            return;
        }
        try {
            StaySummary stay = lodging.assign(guest.id(), chosen.id(), checkIn.getValue(), checkOut.getValue());
            Toast.success(getTranslation("desk.room.assigned", guest.displayName(getLocale()), stay.hotelNameZh(), rooms(stay)));
            close();
            onAssigned.run();
        } catch (BusinessRuleException e) {
            Toast.error(e);
            offerBlocks();
        }
    }

    /** The rooms of a stay, e.g. "0806" or "0806, 0807" when the party had to change rooms. */
    static String rooms(StaySummary stay) {
        return stay.rooms().stream().map(StaySummary.RoomNight::label).distinct().collect(Collectors.joining(", "));
    }

    private static @Nullable LocalDate dateOf(@Nullable Travel leg) {
        return leg == null || leg.at() == null ? null : leg.at().toLocalDate();
    }
}
