package org.expodesk.countdown.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The hour (event's time zone) at which an event's daily summary is composed. */
@Entity
@Table(name = "daily_summary_setting")
public class DailySummarySetting {

    @Id
    @Column(name = "event_id")
    private long eventId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "summary_hour", nullable = false)
    private int hour;

    protected DailySummarySetting() {
    }

    public DailySummarySetting(long eventId, int hour) {
        this.eventId = eventId;
        this.hour = hour;
    }

    public int hour() { return hour; }

    public void setHour(int hour) { this.hour = hour; }
}
