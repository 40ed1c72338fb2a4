package org.expodesk.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Rooms of one type contracted for consecutive nights, e.g. 40 twin rooms for 3 nights from the 14th. With
 * {@code roomNames} the rooms are named (the hotel's numbers, one per room, and {@code rooms} must match); without,
 * they are only counted.
 */
public record RoomBlockDraft(
        long hotelId,
        @NotNull RoomType roomType,
        @NotNull LocalDate firstNight,
        @Min(1) @Max(31) int nights,
        @Min(1) @Max(2000) int rooms,
        List<String> roomNames) {

    public static RoomBlockDraft counted(long hotelId, RoomType type, LocalDate firstNight, int nights, int rooms) {
        return new RoomBlockDraft(hotelId, type, firstNight, nights, rooms, List.of());
    }
}
