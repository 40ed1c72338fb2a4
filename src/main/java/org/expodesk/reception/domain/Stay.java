package org.expodesk.reception.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.expodesk.shared.domain.AbstractEntity;

/** A guest's party lodged in one block from check-in to check-out; its room nights are rows of RoomNights. */
@Entity
@Table(name = "reception_stay")
public class Stay extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "guest_id", nullable = false)
    private long guestId;
    @Column(name = "block_id", nullable = false)
    private long blockId;
    @Column(name = "check_in", nullable = false)
    private LocalDate checkIn = LocalDate.EPOCH;
    @Column(name = "check_out", nullable = false)
    private LocalDate checkOut = LocalDate.EPOCH;
    @Column(name = "persons", nullable = false)
    private int persons;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Stay() {
    }

    public Stay(long eventId, long guestId, long blockId, LocalDate checkIn, LocalDate checkOut, int persons, Instant now) {
        this.eventId = eventId;
        this.guestId = guestId;
        this.blockId = blockId;
        this.checkIn = checkIn;
        this.checkOut = checkOut;
        this.persons = persons;
        this.createdAt = now;
    }

    public long eventId() { return eventId; }
    public long guestId() { return guestId; }
    public long blockId() { return blockId; }
    public LocalDate checkIn() { return checkIn; }
    public LocalDate checkOut() { return checkOut; }
    public int persons() { return persons; }
}
