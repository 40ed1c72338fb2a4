package org.expodesk.booth;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;

/** Small builders for the booth tests: an event with its own organiser, halls and blocks in a line each. */
final class BoothFixtures {

    private BoothFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new event and a new organiser who works on it, signed in. */
    static EventSummary signInAsOrganiserOfNewEvent(TestData data) {
        EventSummary event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        return event;
    }

    static HallDraft hall(String code, String width, String depth) {
        HallDraft draft = new HallDraft();
        draft.setCode(code);
        draft.setNameZh(code + "号馆");
        draft.setNameEn("Hall " + code);
        draft.setWidth(new BigDecimal(width));
        draft.setDepth(new BigDecimal(depth));
        draft.setCapacity(5000);
        draft.setEntrances(List.of(new Entrance("北门", Wall.NORTH, new BigDecimal("10"))));
        return draft;
    }

    /** {@code rows × columns} booths of 3 × 3 m from (x, y), back to back, side by side. */
    static BoothBlock block(int rows, int columns, String x, String y, String pattern) {
        BoothBlock block = BoothBlock.standardShells(rows, columns, new BigDecimal(x), new BigDecimal(y), pattern);
        block.setPrice(new BigDecimal("6800"));
        return block;
    }

    static BigDecimal m(String metres) {
        return new BigDecimal(metres);
    }
}
