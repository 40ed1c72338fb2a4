package org.expodesk.reception;

import java.time.LocalDate;

/** How many of a block's rooms are taken in one night. */
public record NightLoad(long blockId, long hotelId, String hotelNameZh, RoomType roomType, LocalDate night, int rooms,
        int taken) {

    public int left() {
        return rooms - taken;
    }
}
