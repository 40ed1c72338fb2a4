package org.expodesk.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.shared.domain.AbstractEntity;

/** The secret in the address of one person's .ics calendar: whoever has the link reads that person's sessions. */
@Entity
@Table(name = "programme_calendar_token")
public class CalendarToken extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 64)
    private String token = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected CalendarToken() {
    }

    public CalendarToken(long eventId, long personId, String token, Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        this.token = token;
        this.createdAt = now;
    }

    public long eventId() { return eventId; }
    public long personId() { return personId; }
    public String token() { return token; }
}
