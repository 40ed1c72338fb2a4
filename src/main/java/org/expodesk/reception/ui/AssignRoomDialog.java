package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.NightLoad;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Lodges one accepted guest's party in a room block: the guest (only those without a room), the block with the
 * rooms it has left for the chosen nights, and check-in / check-out, taken from the guest's RSVP when given. The
 * database decides; a full night comes back as a translated message and the dialog stays open to choose another
 * block. Reusable: the guest desk opens it with the guest already chosen.
 */
public class AssignRoomDialog extends Dialog {

    private final LodgingService lodging;
    private final Consumer<StaySummary> onAssigned;
    private final ComboBox<GuestSummary> guest = new ComboBox<>();
    private final Select<RoomBlockSummary> block = new Select<>();
    private final DatePicker checkIn;
    private final DatePicker checkOut;
    private final Paragraph outside = new Paragraph();
    private final Map<Long, HotelSummary> hotels;
    private final List<NightLoad> loads;

    /**
     * @param guestToLodge the guest to lodge (the field is then fixed), or null to choose among the accepted guests
     *                     without a room
     * @param blockId      the block to preselect, or null
     */
    public AssignRoomDialog(LodgingService lodging, long eventId, @Nullable GuestSummary guestToLodge,
            @Nullable Long blockId, Consumer<StaySummary> onAssigned) {
        this.lodging = lodging;
        this.onAssigned = onAssigned;
        setId("assign-room-dialog");
        setHeaderTitle(getTranslation("reception.lodging.assign.title"));
        setWidth("min(40rem, 100vw)");
        hotels = lodging.hotels(eventId).stream().collect(Collectors.toMap(HotelSummary::id, Function.identity()));
        loads = lodging.loads(eventId);

        // first: the block labels read the chosen nights
        checkIn = DatePickers.create(getTranslation("reception.lodging.assign.check-in"), getLocale());
        checkIn.setId("assign-check-in");
        checkOut = DatePickers.create(getTranslation("reception.lodging.assign.check-out"), getLocale());
        checkOut.setId("assign-check-out");
        List<GuestSummary> candidates = new ArrayList<>(lodging.withoutRoom(eventId));
        if (guestToLodge != null && candidates.stream().noneMatch(g -> g.id() == guestToLodge.id())) {
            candidates.addFirst(guestToLodge);
        }
        guest.setLabel(getTranslation("reception.lodging.assign.guest"));
        guest.setItems((g, filter) -> matches(g, filter), candidates);
        guest.setItemLabelGenerator(this::guestLabel);
        guest.setHelperText(getTranslation("reception.lodging.assign.guest.hint", candidates.size()));
        guest.setRequiredIndicatorVisible(true);
        guest.setId("assign-guest");

        block.setLabel(getTranslation("reception.lodging.assign.block"));
        List<RoomBlockSummary> blocks = lodging.blocks(eventId);
        block.setItems(blocks);
        block.setItemLabelGenerator(this::blockLabel);
        block.setRequiredIndicatorVisible(true);
        block.setId("assign-block");

        outside.setId("assign-outside");
        outside.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))").set("margin", "0");

        FormLayout form = new FormLayout(guest, block, checkIn, checkOut);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(guest, 2);
        form.setColspan(block, 2);
        add(form, outside);

        guest.addValueChangeListener(e -> datesFrom(e.getValue()));
        block.addValueChangeListener(e -> showOutside());
        checkIn.addValueChangeListener(e -> refreshBlocks());
        checkOut.addValueChangeListener(e -> refreshBlocks());
        if (guestToLodge != null) {
            guest.setValue(guestToLodge);
            guest.setReadOnly(true);
        }
        if (blockId != null) {
            blocks.stream().filter(b -> b.id() == blockId).findFirst().ifPresent(block::setValue);
        } else if (guestToLodge != null) {
            // the guest desk: suggest the first block with a room left in every night the guest stays
            blocks.stream().filter(b -> {
                Integer left = leftFor(b);
                return left != null && left > 0;
            }).findFirst().ifPresent(block::setValue);
        }

        Button assign = new Button(getTranslation("reception.lodging.assign.save"), e -> assign());
        assign.setId("assign-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), assign);
    }

    private boolean matches(GuestSummary g, String filter) {
        String f = filter.strip().toLowerCase(getLocale());
        return f.isEmpty() || guestLabel(g).toLowerCase(getLocale()).contains(f)
                || g.organisation() != null && g.organisation().toLowerCase(getLocale()).contains(f);
    }

    private String guestLabel(GuestSummary g) {
        String name = g.displayName(getLocale());
        if (g.companions() > 0) {
            name += " " + getTranslation("reception.lodging.party", g.partySize());
        }
        return g.organisation() == null ? name : name + " · " + g.organisation();
    }

    private String blockLabel(RoomBlockSummary b) {
        String label = getTranslation("reception.lodging.block-line", LodgingFormat.hotelName(b, hotels, getLocale()),
                getTranslation("reception.room-type." + b.roomType().name()),
                LodgingFormat.nights(b.firstNight(), b.lastNight(), getLocale()));
        Integer left = leftFor(b);
        return left == null ? label : label + " · " + getTranslation("reception.lodging.assign.left", left);
    }

    /** The fewest rooms the block has left in the chosen nights it covers (all its nights when none are chosen). */
    private @Nullable Integer leftFor(RoomBlockSummary b) {
        LocalDate in = checkIn.getValue();
        LocalDate out = checkOut.getValue();
        return loads.stream().filter(l -> l.blockId() == b.id())
                .filter(l -> in == null || out == null || !l.night().isBefore(in) && l.night().isBefore(out))
                .map(NightLoad::left).min(Integer::compare).orElse(null);
    }

    private void datesFrom(@Nullable GuestSummary g) {
        if (g == null) {
            return;
        }
        LocalDate in = dateOf(g.arrival());
        LocalDate out = dateOf(g.departure());
        checkIn.setValue(in);
        checkOut.setValue(out);
        checkIn.setHelperText(in == null ? getTranslation("reception.lodging.assign.no-rsvp-dates") : getTranslation("reception.lodging.assign.from-rsvp"));
    }

    private void refreshBlocks() {
        RoomBlockSummary chosen = block.getValue();
        block.setItemLabelGenerator(this::blockLabel); // labels show the rooms left for the new nights
        block.setValue(chosen);
        showOutside();
    }

    /** Nights of the stay the block does not cover get no room: say so before the team saves. */
    private void showOutside() {
        RoomBlockSummary b = block.getValue();
        LocalDate in = checkIn.getValue();
        LocalDate out = checkOut.getValue();
        List<String> notes = new ArrayList<>();
        if (b != null && in != null && out != null && out.isAfter(in)) {
            if (in.isBefore(b.firstNight())) {
                notes.add(getTranslation("reception.lodging.assign.early", LodgingFormat.nights(in, b.firstNight().minusDays(1), getLocale())));
            }
            if (out.isAfter(b.lastNight().plusDays(1))) {
                notes.add(getTranslation("reception.lodging.assign.late", LodgingFormat.nights(b.lastNight().plusDays(1), out.minusDays(1), getLocale())));
            }
        }
        outside.setText(String.join(" ", notes));
        outside.setVisible(!notes.isEmpty());
    }

    private void assign() {
        guest.setInvalid(guest.getValue() == null);
        guest.setErrorMessage(getTranslation("reception.lodging.assign.choose-guest"));
        block.setInvalid(block.getValue() == null);
        block.setErrorMessage(getTranslation("reception.lodging.assign.choose-block"));
        boolean noDates = checkIn.getValue() == null || checkOut.getValue() == null;
        checkIn.setInvalid(checkIn.getValue() == null);
        checkIn.setErrorMessage(getTranslation("reception.lodging.assign.enter-dates"));
        checkOut.setInvalid(checkOut.getValue() == null);
        checkOut.setErrorMessage(getTranslation("reception.lodging.assign.enter-dates"));
        if (guest.getValue() == null || block.getValue() == null || noDates) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            StaySummary stay = lodging.assign(guest.getValue().id(), block.getValue().id(), checkIn.getValue(), checkOut.getValue());
            Toast.success(getTranslation("reception.lodging.assign.done", guest.getValue().displayName(getLocale()),
                    LodgingFormat.hotelName(block.getValue(), hotels, getLocale()), rooms(stay)));
            onAssigned.accept(stay);
            close();
        } catch (BusinessRuleException refused) {
            Toast.error(refused);
        }
    }

    /** The rooms of a stay, each once, in night order: "0806" or "#2, #3". */
    public static String rooms(StaySummary stay) {
        return stay.rooms().stream().map(StaySummary.RoomNight::label).distinct().collect(Collectors.joining(", "));
    }

    private static @Nullable LocalDate dateOf(@Nullable Travel travel) {
        return travel == null || travel.at() == null ? null : travel.at().toLocalDate();
    }
}
