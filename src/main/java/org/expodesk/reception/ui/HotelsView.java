package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.NightLoad;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * Hotels and rooms of the current event: the contracted hotels with their room blocks, the night-by-night
 * occupancy of every block, and the stays with their rooms and flags. The team adds hotels and blocks, lodges
 * accepted guests (AssignRoomDialog) and cancels stays here; the database keeps every night within its block.
 */
@Route("reception/hotels")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
@Menu(order = 56, title = "reception.lodging.title", icon = "vaadin:bed")
@StyleSheet("styles/lodging.css")
public class HotelsView extends VerticalLayout implements HasDynamicTitle {

    private final LodgingService lodging;
    private final GuestService guests;
    private final Paragraph summary = new Paragraph();
    private final Div hotelCards = new Div();
    private final Paragraph noHotels = new Paragraph();
    private final OccupancyMatrix matrix;
    private final Paragraph noBlocks = new Paragraph();
    private final Div legend = new Div();
    private final StaysPanel stays;
    private long eventId;
    private LocalDate defaultFirstNight = LocalDate.now();
    private int defaultNights = 1;

    public HotelsView(LodgingService lodging, GuestService guests, EventService events, CurrentEvent currentEvent) {
        this.lodging = lodging;
        this.guests = guests;
        addClassName("view");
        setPadding(false);
        stays = new StaysPanel(lodging, this::refresh);
        matrix = new OccupancyMatrix(block -> stays.showBlock(block.id()));
        Long id = currentEvent.id().orElse(null);
        if (id == null) {
            add(new ViewTitle(getTranslation("reception.lodging.title")), new Paragraph(getTranslation("reception.board.no-event")));
            return;
        }
        eventId = id;
        EventSummary event = events.find(id).orElseThrow();
        defaultFirstNight = event.startDate().minusDays(1);
        defaultNights = (int) Math.max(1, event.endDate().toEpochDay() - defaultFirstNight.toEpochDay());

        Button addHotel = new Button(getTranslation("reception.lodging.hotel.add"), VaadinIcon.PLUS.create(),
                e -> new HotelFormDialog(lodging, eventId, null, h -> refresh()).open());
        addHotel.setId("lodging-add-hotel");
        Button assign = new Button(getTranslation("reception.lodging.assign.open"), VaadinIcon.BED.create(),
                e -> new AssignRoomDialog(lodging, eventId, null, null, s -> refresh()).open());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("lodging-assign");
        summary.addClassName("lodging-summary");
        summary.setId("lodging-summary");
        hotelCards.addClassName("hotel-cards");
        hotelCards.setId("lodging-hotels");
        noHotels.addClassName("lodging-empty");
        noHotels.setId("lodging-no-hotels");
        noHotels.setText(getTranslation("reception.lodging.hotels.none"));
        noBlocks.addClassName("lodging-empty");
        noBlocks.setText(getTranslation("reception.lodging.matrix.none"));
        legend.addClassName("occupancy-legend");
        legend.add(legendCell("free", "reception.lodging.matrix.legend.free"), legendCell("tight", "reception.lodging.matrix.legend.tight"),
                legendCell("full", "reception.lodging.matrix.legend.full"), new Span(getTranslation("reception.lodging.matrix.legend.click")));

        add(new ViewTitle(getTranslation("reception.lodging.title"), addHotel, assign), summary,
                new H3(getTranslation("reception.lodging.hotels")), noHotels, hotelCards,
                new H3(getTranslation("reception.lodging.matrix")), legend, noBlocks, matrix,
                new H3(getTranslation("reception.lodging.stays")), stays);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reception.lodging.title") + " · " + getTranslation("app.name");
    }

    private void refresh() {
        List<HotelSummary> hotelList = lodging.hotels(eventId);
        Map<Long, HotelSummary> hotels = hotelList.stream()
                .collect(Collectors.toMap(HotelSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<RoomBlockSummary> blocks = lodging.blocks(eventId);
        List<NightLoad> loads = lodging.loads(eventId);
        List<StaySummary> stayList = lodging.stays(eventId);
        int withoutRoom = lodging.withoutRoom(eventId).size();
        Map<Long, GuestSummary> guestsById = guests.all(eventId).stream().collect(Collectors.toMap(GuestSummary::id, Function.identity()));

        summary.setText(getTranslation("reception.lodging.summary", hotelList.size(), blocks.stream().mapToInt(RoomBlockSummary::rooms).sum(),
                stayList.size(), stayList.stream().mapToInt(StaySummary::persons).sum(), withoutRoom));
        hotelCards.removeAll();
        hotelList.forEach(h -> hotelCards.add(new HotelCard(h, blocks.stream().filter(b -> b.hotelId() == h.id()).toList(), loads,
                stayList.stream().filter(s -> s.hotelId() == h.id()).count())));
        noHotels.setVisible(hotelList.isEmpty());
        hotelCards.setVisible(!hotelList.isEmpty());
        matrix.show(blocks.stream().sorted(java.util.Comparator.comparingInt(b -> hotelList.indexOf(hotels.get(b.hotelId())))).toList(),
                hotels, loads);
        matrix.setVisible(!blocks.isEmpty());
        legend.setVisible(!blocks.isEmpty());
        noBlocks.setVisible(blocks.isEmpty());
        stays.show(stayList, guestsById, hotels, blocks);
    }

    private Span legendCell(String level, String key) {
        Span cell = new Span(getTranslation(key));
        cell.addClassNames("occupancy-cell", "occupancy-cell--" + level);
        return cell;
    }

    /** One hotel: where it is, whom to call, how far from the venue, its blocks with rooms left, and its actions. */
    private final class HotelCard extends Div {

        HotelCard(HotelSummary hotel, List<RoomBlockSummary> blocks, List<NightLoad> loads, long lodged) {
            addClassName("hotel-card");
            setId("hotel-" + hotel.id());
            Paragraph name = new Paragraph(hotel.name(getLocale()));
            name.addClassName("hotel-card__name");
            add(name);
            if (hotel.nameEn() != null && !hotel.name(getLocale()).equals(hotel.nameZh())) {
                add(line(hotel.nameZh()));
            }
            if (hotel.address() != null) {
                add(line(VaadinIcon.MAP_MARKER, hotel.address()));
            }
            if (hotel.contactName() != null || hotel.phone() != null) {
                add(line(VaadinIcon.PHONE, String.join(" ", java.util.stream.Stream.of(hotel.contactName(), hotel.phone())
                        .filter(java.util.Objects::nonNull).toList())));
            }
            if (hotel.distanceKm() != null) {
                Span distance = new Span(getTranslation("reception.lodging.hotel.distance-line", hotel.distanceKm().stripTrailingZeros().toPlainString()));
                distance.addClassName("hotel-card__distance");
                add(distance);
            }
            Div blockList = new Div();
            blockList.addClassName("hotel-card__blocks");
            if (blocks.isEmpty()) {
                blockList.add(line(getTranslation("reception.lodging.hotel.no-blocks")));
            }
            for (RoomBlockSummary b : blocks) {
                int left = loads.stream().filter(l -> l.blockId() == b.id()).mapToInt(NightLoad::left).min().orElse(b.rooms());
                Div row = new Div(new Span(getTranslation("reception.lodging.block-line", getTranslation("reception.room-type." + b.roomType().name()),
                        LodgingFormat.nights(b.firstNight(), b.lastNight(), getLocale()),
                        getTranslation("reception.lodging.block.rooms-left", b.rooms(), left))));
                row.addClassNames("hotel-card__block", "hotel-card__block--" + OccupancyMatrix.level(b.rooms(), left));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> deleteBlock(hotel, b));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("reception.lodging.block.delete"));
                remove.setTooltipText(getTranslation("reception.lodging.block.delete"));
                remove.setId("block-delete-" + b.id());
                row.add(remove);
                blockList.add(row);
            }
            add(blockList);
            Button edit = small("action.edit", VaadinIcon.EDIT, e -> new HotelFormDialog(lodging, eventId, hotel, h -> refresh()).open());
            edit.setId("hotel-edit-" + hotel.id());
            Button addBlock = small("reception.lodging.block.add", VaadinIcon.PLUS,
                    e -> new RoomBlockDialog(lodging, hotel, defaultFirstNight, defaultNights, b -> refresh()).open());
            addBlock.setId("hotel-add-block-" + hotel.id());
            Button showStays = small("reception.lodging.hotel.stays", VaadinIcon.USERS, e -> stays.showHotel(hotel.id()));
            showStays.setText(getTranslation("reception.lodging.hotel.stays", lodged));
            Button delete = small("action.delete", VaadinIcon.TRASH, e -> deleteHotel(hotel));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("hotel-delete-" + hotel.id());
            Div actions = new Div(edit, addBlock, showStays, delete);
            actions.addClassName("hotel-card__actions");
            add(actions);
        }

        private Span line(String text) {
            Span line = new Span(text);
            line.addClassName("hotel-card__line");
            return line;
        }

        private Span line(VaadinIcon icon, String text) {
            Span line = line(text);
            var symbol = icon.create();
            symbol.addClassName("hotel-card__icon");
            line.addComponentAsFirst(symbol);
            return line;
        }

        private Button small(String key, VaadinIcon icon, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
            Button button = new Button(getTranslation(key), icon.create(), click);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return button;
        }
    }

    private void deleteHotel(HotelSummary hotel) {
        ConfirmDeletion.of(getTranslation("reception.lodging.hotel.delete.title", hotel.name(getLocale())),
                getTranslation("reception.lodging.hotel.delete.text"), () -> {
                    lodging.deleteHotel(hotel.id());
                    Toast.success(getTranslation("reception.lodging.hotel.deleted", hotel.name(getLocale())));
                    refresh();
                }).open();
    }

    private void deleteBlock(HotelSummary hotel, RoomBlockSummary block) {
        ConfirmDeletion.of(getTranslation("reception.lodging.block.delete.title", hotel.name(getLocale()),
                        getTranslation("reception.room-type." + block.roomType().name())),
                getTranslation("reception.lodging.block.delete.text"), () -> {
                    lodging.deleteBlock(block.id());
                    Toast.success(getTranslation("reception.lodging.block.deleted"));
                    refresh();
                }).open();
    }
}
