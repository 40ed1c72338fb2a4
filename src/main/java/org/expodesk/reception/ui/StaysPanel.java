package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.expodesk.guest.GuestSummary;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The stays of the event, of one hotel or of one block: guest, party, block, check-in and check-out, the room of
 * each night, the nights outside the block (to book separately), and cancelling a stay.
 */
class StaysPanel extends VerticalLayout {

    /** What the list shows: everything, one hotel or one block. */
    record Scope(String label, @Nullable Long hotelId, @Nullable Long blockId) {

        boolean holds(StaySummary stay) {
            return (hotelId == null || stay.hotelId() == hotelId) && (blockId == null || stay.blockId() == blockId);
        }
    }

    private final LodgingService lodging;
    private final Runnable onChange;
    private final Select<Scope> scope = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox flaggedOnly = new Checkbox();
    private final Grid<StaySummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private List<StaySummary> stays = List.of();
    private Map<Long, GuestSummary> guests = Map.of();
    private Map<Long, HotelSummary> hotels = Map.of();

    StaysPanel(LodgingService lodging, Runnable onChange) {
        this.lodging = lodging;
        this.onChange = onChange;
        setPadding(false);
        setSpacing(false);
        scope.setLabel(getTranslation("reception.lodging.stays.scope"));
        scope.setItemLabelGenerator(Scope::label);
        scope.setId("stays-scope");
        scope.addValueChangeListener(e -> filter());
        search.setLabel(getTranslation("reception.lodging.stays.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("stays-search");
        search.addValueChangeListener(e -> filter());
        flaggedOnly.setLabel(getTranslation("reception.lodging.stays.flagged-only"));
        flaggedOnly.setId("stays-flagged");
        flaggedOnly.addValueChangeListener(e -> filter());
        Div filters = new Div(scope, search, flaggedOnly);
        filters.addClassName("stays-filters");

        grid.setId("lodging-stays");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> guestName(s)).setHeader(getTranslation("reception.lodging.stays.guest")).setAutoWidth(true)
                .setFrozen(true).setSortable(true);
        grid.addColumn(StaySummary::persons).setHeader(getTranslation("reception.lodging.stays.persons")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("reception.lodging.block-short", hotelName(s),
                getTranslation("reception.room-type." + s.roomType().name()))).setHeader(getTranslation("reception.lodging.stays.block"))
                .setWidth("12em").setFlexGrow(1).setSortable(true);
        grid.addColumn(s -> LodgingFormat.night(s.checkIn(), getLocale())).setHeader(getTranslation("reception.lodging.stays.check-in"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(StaySummary::checkIn);
        grid.addColumn(s -> LodgingFormat.night(s.checkOut(), getLocale())).setHeader(getTranslation("reception.lodging.stays.check-out"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(StaySummary::checkOut);
        grid.addColumn(this::rooms).setHeader(getTranslation("reception.lodging.stays.rooms")).setAutoWidth(true)
                .setTooltipGenerator(this::roomsPerNight);
        grid.addColumn(new ComponentRenderer<>(this::flags)).setHeader(getTranslation("reception.lodging.stays.flags")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::cancelButton)).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        empty.addClassName("lodging-empty");
        empty.setId("stays-empty");
        add(filters, empty, grid);
    }

    void show(List<StaySummary> stays, Map<Long, GuestSummary> guests, Map<Long, HotelSummary> hotels, List<RoomBlockSummary> blocks) {
        this.stays = stays;
        this.guests = guests;
        this.hotels = hotels;
        Scope chosen = scope.getValue();
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(getTranslation("reception.lodging.stays.all"), null, null));
        for (HotelSummary h : hotels.values()) {
            scopes.add(new Scope(h.name(getLocale()), h.id(), null));
            blocks.stream().filter(b -> b.hotelId() == h.id()).forEach(b -> scopes.add(new Scope("\u2003" + blockLabel(b), h.id(), b.id())));
        }
        scope.setItems(scopes);
        scope.setValue(chosen == null ? scopes.getFirst()
                : scopes.stream().filter(s -> s.equals(chosen)).findFirst().orElse(scopes.getFirst()));
        filter();
    }

    void showHotel(long hotelId) {
        pick(s -> s.blockId() == null && hotelId == (s.hotelId() == null ? -1 : s.hotelId()));
    }

    void showBlock(long blockId) {
        pick(s -> s.blockId() != null && s.blockId() == blockId);
    }

    private void pick(java.util.function.Predicate<Scope> which) {
        scope.getListDataView().getItems().filter(which).findFirst().ifPresent(scope::setValue);
        scrollIntoView();
    }

    private void filter() {
        Scope current = scope.getValue();
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<StaySummary> shown = stays.stream().filter(s -> current == null || current.holds(s))
                .filter(s -> !flaggedOnly.getValue() || s.earlyArrival() || s.lateDeparture())
                .filter(s -> text.isEmpty() || guestName(s).toLowerCase(Locale.ROOT).contains(text) || s.guestNameZh().contains(text))
                .toList();
        grid.setItems(shown);
        // a long list scrolls inside its own frame, so the filters stay in reach
        grid.setAllRowsVisible(shown.size() <= 15);
        grid.setHeight(shown.size() <= 15 ? null : "36rem");
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        empty.setText(getTranslation(stays.isEmpty() ? "reception.lodging.stays.none" : "reception.lodging.stays.none-match"));
    }

    private String blockLabel(RoomBlockSummary b) {
        return getTranslation("reception.lodging.block-line", getTranslation("reception.room-type." + b.roomType().name()),
                LodgingFormat.nights(b.firstNight(), b.lastNight(), getLocale()), getTranslation("reception.lodging.rooms", b.rooms()));
    }

    private String guestName(StaySummary s) {
        GuestSummary g = guests.get(s.guestId());
        return g == null ? s.guestNameZh() : g.displayName(getLocale());
    }

    private String hotelName(StaySummary s) {
        HotelSummary h = hotels.get(s.hotelId());
        return h == null ? s.hotelNameZh() : h.name(getLocale());
    }

    /** The rooms in the order the party uses them: "1801", or "#2 → #3" when it changes room (tooltip: each night). */
    private String rooms(StaySummary s) {
        List<String> labels = s.rooms().stream().map(StaySummary.RoomNight::label).distinct().toList();
        return labels.isEmpty() ? "—" : String.join(" → ", labels);
    }

    private String roomsPerNight(StaySummary s) {
        return getTranslation("reception.lodging.stays.rooms-per-night",
                s.rooms().stream().map(r -> LodgingFormat.night(r.night(), getLocale()) + " " + r.label()).collect(Collectors.joining(", ")));
    }

    private Div flags(StaySummary s) {
        Div flags = new Div();
        if (s.earlyArrival()) {
            flags.add(flag("reception.lodging.stays.early"));
        }
        if (s.lateDeparture()) {
            flags.add(flag("reception.lodging.stays.late"));
        }
        return flags;
    }

    private Span flag(String key) {
        Span flag = new Span(getTranslation(key));
        flag.addClassName("stay-flag");
        flag.setTitle(getTranslation("reception.lodging.stays.flag.hint"));
        return flag;
    }

    private Button cancelButton(StaySummary s) {
        Button cancel = new Button(getTranslation("reception.lodging.stays.cancel"), VaadinIcon.CLOSE_SMALL.create());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setId("stay-cancel-" + s.id());
        cancel.addClickListener(e -> ConfirmDeletion.of(getTranslation("reception.lodging.stays.cancel.title", guestName(s)),
                getTranslation("reception.lodging.stays.cancel.text", hotelName(s)),
                getTranslation("reception.lodging.stays.cancel"), getTranslation("reception.lodging.stays.keep"), () -> {
                    lodging.cancelStay(s.id());
                    Toast.success(getTranslation("reception.lodging.stays.cancelled", guestName(s)));
                    onChange.run();
                }).open());
        return cancel;
    }
}
