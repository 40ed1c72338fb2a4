package org.expodesk.reception;

import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;

/** Builders for the reception tests: hotels, blocks and guests with companions. */
final class ReceptionFixtures {

    private ReceptionFixtures() {
    }

    static HotelDraft hotel(String nameZh) {
        return new HotelDraft(nameZh, "Yunxi Hotel", "云溪市人民路 1 号", "王经理", "0571-88886666", new BigDecimal("3.5"));
    }

    static GuestSummary guestWith(GuestService guests, long eventId, String nameZh, int companions) {
        GuestDraft draft = guest(nameZh, null, unique("厦门贸易公司"), GuestCategory.MERCHANT, mobile());
        draft.setCompanions(companions);
        return guests.create(eventId, draft);
    }

    static RoomBlockDraft twins(long hotelId, LocalDate firstNight, int nights, int rooms) {
        return RoomBlockDraft.counted(hotelId, RoomType.TWIN, firstNight, nights, rooms);
    }
}
