package org.expodesk.reception.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.NightLoad;
import org.expodesk.reception.RoomBlockSummary;

/**
 * Hotel and block by night: rooms taken of rooms held in each cell, green with room to spare, amber when at most
 * a tenth (or one room) is left, red when full — the view a receptionist reads to know where there is still room.
 * Clicking a row shows the stays of that block.
 */
class OccupancyMatrix extends Grid<OccupancyMatrix.Row> {

    /** One block with its load per night. */
    record Row(RoomBlockSummary block, String label, Map<LocalDate, NightLoad> nights) {
    }

    OccupancyMatrix(Consumer<RoomBlockSummary> onPick) {
        setId("lodging-matrix");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addItemClickListener(e -> onPick.accept(e.getItem().block()));
    }

    void show(List<RoomBlockSummary> blocks, Map<Long, HotelSummary> hotels, List<NightLoad> loads) {
        removeAllColumns();
        Map<Long, Map<LocalDate, NightLoad>> byBlock = loads.stream().collect(Collectors.groupingBy(NightLoad::blockId,
                Collectors.toMap(NightLoad::night, l -> l, (a, b) -> a, LinkedHashMap::new)));
        addColumn(Row::label).setHeader(getTranslation("reception.lodging.matrix.block")).setFrozen(true)
                .setWidth("9.5em").setFlexGrow(1);
        for (LocalDate night : new TreeSet<>(loads.stream().map(NightLoad::night).toList())) {
            addColumn(new ComponentRenderer<>(row -> cell(row.nights().get(night))))
                    .setHeader(LodgingFormat.nightHeader(night, getLocale())).setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("6.5em").setFlexGrow(0);
        }
        setItems(blocks.stream().map(b -> new Row(b, getTranslation("reception.lodging.block-short",
                LodgingFormat.hotelName(b, hotels, getLocale()), getTranslation("reception.room-type." + b.roomType().name())),
                byBlock.getOrDefault(b.id(), Map.of()))).toList());
    }

    private Span cell(NightLoad load) {
        if (load == null) {
            Span none = new Span("—");
            none.addClassNames("occupancy-cell", "occupancy-cell--none");
            return none;
        }
        Span cell = new Span(load.taken() + " / " + load.rooms());
        cell.addClassNames("occupancy-cell", "occupancy-cell--" + level(load.rooms(), load.left()));
        cell.setTitle(getTranslation("reception.lodging.matrix.left", load.left()));
        return cell;
    }

    /** "full", "tight" (at most a tenth of the rooms or one room left) or "free": the colour of a night. */
    static String level(int rooms, int left) {
        if (left <= 0) {
            return "full";
        }
        return left <= Math.max(1, rooms / 10) ? "tight" : "free";
    }
}
