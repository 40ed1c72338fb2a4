package org.expodesk.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.Wall;
import org.springframework.stereotype.Component;

/**
 * Halls 4 and 5 of the demo expo (130 × 100 m each, 26,000 m² together), laid out as a county office would:
 * double rows of 3 × 3 m standard booths back to back, 4 m aisles between them and a 4 m cross aisle, raw
 * space in the south-west, island booths on the east side, and in hall 5 the pavilion of 商城街道. Each block is one
 * generation call, so the ≈ 400 booths take a few dozen statements' worth of checks, not 400.
 */
@Component
class DemoFloorPlan {

    private static final BigDecimal STANDARD_PRICE = new BigDecimal("6800");
    private static final BigDecimal RAW_PRICE_PER_M2 = new BigDecimal("420");
    private static final BigDecimal ISLAND_PRICE = new BigDecimal("21600");

    private final HallService halls;
    private final BoothService booths;

    DemoFloorPlan(HallService halls, BoothService booths) {
        this.halls = halls;
        this.booths = booths;
    }

    /** Returns how many booths were laid out. */
    int seed(long eventId, long pavilionUnitId) {
        HallSummary four = halls.create(eventId, hall("4", "4号馆（小商品城三期一楼）", "Hall 4 (Phase 3, ground floor)", 10));
        HallSummary five = halls.create(eventId, hall("5", "5号馆（小商品城三期一楼）", "Hall 5 (Phase 3, ground floor)", 20));
        List<BoothSummary> created = new ArrayList<>();
        created.addAll(strips(four, "ABCDE", 5));
        created.addAll(rawSpaceAndIslands(four));
        created.addAll(strips(five, "FGHIJ", 4));
        created.addAll(rawSpaceAndIslands(five));
        BoothBlock pavilion = standard(2, 8, "46", "50", "S-{n:02}", 1);
        pavilion.setReservedUnitId(pavilionUnitId);
        created.addAll(booths.generate(five.id(), pavilion));

        // By a fire hydrant and under the stairs: not for sale.
        for (String code : List.of("A-001", "C-040", "F-011")) {
            created.stream().filter(b -> b.code().equals(code)).findFirst().ifPresent(b -> booths.setBlocked(b.ref(), true));
        }
        return created.size();
    }

    private static HallDraft hall(String code, String zh, String en, int order) {
        HallDraft d = new HallDraft();
        d.setCode(code);
        d.setNameZh(zh);
        d.setNameEn(en);
        d.setWidth(new BigDecimal("130"));
        d.setDepth(new BigDecimal("100"));
        d.setCapacity(6500);
        d.setSortOrder(order);
        d.setEntrances(List.of(new Entrance("北门", Wall.NORTH, new BigDecimal("44")),
                new Entrance("西门", Wall.WEST, new BigDecimal("50")),
                new Entrance("东门", Wall.EAST, new BigDecimal("30")),
                new Entrance("南门（货运）", Wall.SOUTH, new BigDecimal("65"))));
        return d;
    }

    /**
     * Strips of booths north to south, one letter each: two blocks of 2 × 10 booths per strip (30 × 6 m),
     * a 4 m cross aisle between them, 4 m aisles between strips. Codes run A-001 … A-040 per strip.
     */
    private List<BoothSummary> strips(HallSummary hall, String letters, int fullStrips) {
        List<BoothSummary> created = new ArrayList<>();
        for (int i = 0; i < letters.length(); i++) {
            String letter = letters.substring(i, i + 1);
            String y = String.valueOf(10 + 10 * i);
            created.addAll(booths.generate(hall.id(), standard(2, 10, "12", y, letter + "-{n:03}", 1)));
            if (i < fullStrips) {
                created.addAll(booths.generate(hall.id(), standard(2, 10, "46", y, letter + "-{n:03}", 21)));
            }
        }
        return created;
    }

    /** Two raw spaces of 14 × 12 m in the south-west, four 6 × 6 m islands on the east side. */
    private List<BoothSummary> rawSpaceAndIslands(HallSummary hall) {
        BoothBlock raw = standard(1, 2, "12", "66", hall.code() + "R-{n:02}", 1);
        raw.setBoothWidth(new BigDecimal("14"));
        raw.setBoothDepth(new BigDecimal("12"));
        raw.setColumnAisle(new BigDecimal("4"));
        raw.setKind(BoothKind.RAW_SPACE);
        raw.setPrice(RAW_PRICE_PER_M2.multiply(new BigDecimal("168")));
        BoothBlock islands = standard(2, 2, "88", "14", hall.code() + "D-{n:02}", 1);
        islands.setBoothWidth(new BigDecimal("6"));
        islands.setBoothDepth(new BigDecimal("6"));
        islands.setRowAisle(new BigDecimal("6"));
        islands.setColumnAisle(new BigDecimal("6"));
        islands.setKind(BoothKind.ISLAND);
        islands.setPrice(ISLAND_PRICE);
        List<BoothSummary> created = new ArrayList<>(booths.generate(hall.id(), raw));
        created.addAll(booths.generate(hall.id(), islands));
        return created;
    }

    private static BoothBlock standard(int rows, int columns, String x, String y, String pattern, int firstNumber) {
        BoothBlock block = BoothBlock.standardShells(rows, columns, new BigDecimal(x), new BigDecimal(y), pattern);
        block.setFirstNumber(firstNumber);
        block.setPrice(STANDARD_PRICE);
        return block;
    }
}
