package org.expodesk.reception.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.RoomType;
import org.expodesk.shared.domain.AbstractEntity;

/** Rooms of one type contracted in one hotel for consecutive nights; its room slots are made with it. */
@Entity
@Table(name = "reception_room_block")
public class RoomBlock extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "hotel_id", nullable = false)
    private long hotelId;
    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false, length = 20)
    private RoomType roomType = RoomType.TWIN;
    @Column(name = "first_night", nullable = false)
    private LocalDate firstNight = LocalDate.EPOCH;
    @Column(name = "nights", nullable = false)
    private int nights;
    @Column(name = "rooms", nullable = false)
    private int rooms;

    protected RoomBlock() {
    }

    public RoomBlock(long eventId, long hotelId, RoomType roomType, LocalDate firstNight, int nights, int rooms) {
        this.eventId = eventId;
        this.hotelId = hotelId;
        this.roomType = roomType;
        this.firstNight = firstNight;
        this.nights = nights;
        this.rooms = rooms;
    }

    public long eventId() {
        return eventId;
    }

    public long hotelId() {
        return hotelId;
    }

    public RoomBlockSummary toSummary(String hotelNameZh) {
        return new RoomBlockSummary(requireId(), eventId, hotelId, hotelNameZh, roomType, firstNight, nights, rooms);
    }
}
