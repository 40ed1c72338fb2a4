package org.expodesk.reception;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A guest's party lodged in one block. {@code rooms} lists the room of each night inside the block;
 * {@code earlyArrival} / {@code lateDeparture} flag nights the guest stays that the block does not cover (the hotel
 * must be asked for them separately).
 */
public record StaySummary(long id, long eventId, long guestId, String guestNameZh, long blockId, long hotelId,
        String hotelNameZh, RoomType roomType, LocalDate checkIn, LocalDate checkOut, int persons,
        List<RoomNight> rooms, boolean earlyArrival, boolean lateDeparture) {

    /** One night in one room; {@code roomName} is the hotel's number when rooms are named. */
    public record RoomNight(LocalDate night, int roomNo, @Nullable String roomName) {

        public String label() {
            return roomName != null ? roomName : "#" + roomNo;
        }
    }
}
