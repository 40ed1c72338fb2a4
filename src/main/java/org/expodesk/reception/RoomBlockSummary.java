package org.expodesk.reception;

import java.time.LocalDate;

/** A room block: {@code rooms} rooms of one type for the nights {@code firstNight} to {@code lastNight()}. */
public record RoomBlockSummary(long id, long eventId, long hotelId, String hotelNameZh, RoomType roomType,
        LocalDate firstNight, int nights, int rooms) {

    public LocalDate lastNight() {
        return firstNight.plusDays(nights - 1L);
    }

    public boolean covers(LocalDate night) {
        return !night.isBefore(firstNight) && !night.isAfter(lastNight());
    }
}
