package org.expodesk.countdown.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.expodesk.shared.domain.AbstractEntity;

/** The stored summary of one event's day; its sections are JSON (see {@link SummarySectionsJson}), written once. */
@Entity
@Table(name = "daily_summary")
public class DailySummaryEntry extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "summary_day", nullable = false)
    private LocalDate day = LocalDate.EPOCH;

    @Column(name = "composed_at", nullable = false)
    private Instant composedAt = Instant.EPOCH;

    /** LONGTEXT: H2 reports it as a long VARCHAR and MySQL as LONGTEXT; a String of at most 1,000,000 characters validates on both (a @Lob or a longer one expects CLOB on H2). */
    @Column(nullable = false, length = 1_000_000)
    private String sections = "[]";

    protected DailySummaryEntry() {
    }

    public DailySummaryEntry(long eventId, LocalDate day, Instant composedAt, String sectionsJson) {
        this.eventId = eventId;
        this.day = day;
        this.composedAt = composedAt;
        this.sections = sectionsJson;
    }

    public long eventId() { return eventId; }
    public LocalDate day() { return day; }
    public Instant composedAt() { return composedAt; }
    public String sectionsJson() { return sections; }
}
