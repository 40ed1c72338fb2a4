package org.expodesk.guest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One line of a guest's history: what happened (a message key kind plus a detail), who did it and when. */
@Entity
@Table(name = "guest_history")
public class GuestHistoryEntry extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "guest_id", nullable = false)
    private long guestId;
    @Column(nullable = false, length = 20)
    private String kind = "";
    @Column(length = 500)
    private @Nullable String detail;
    @Column(nullable = false, length = 100)
    private String actor = "";
    @Column(name = "happened_at", nullable = false)
    private Instant at = Instant.EPOCH;

    protected GuestHistoryEntry() {
    }

    public GuestHistoryEntry(long eventId, long guestId, String kind, @Nullable String detail, String actor, Instant at) {
        this.eventId = eventId;
        this.guestId = guestId;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.actor = actor.length() <= 100 ? actor : actor.substring(0, 100);
        this.at = at;
    }

    public void moveTo(long guestId) {
        this.guestId = guestId;
    }

    public long guestId() { return guestId; }
    public String kind() { return kind; }
    public @Nullable String detail() { return detail; }
    public String actor() { return actor; }
    public Instant at() { return at; }
}
