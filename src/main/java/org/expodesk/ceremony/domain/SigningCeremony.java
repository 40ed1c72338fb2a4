package org.expodesk.ceremony.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.expodesk.ceremony.CeremonySettings;
import org.expodesk.ceremony.Witness;
import org.expodesk.shared.domain.AbstractEntity;

/**
 * The ceremony of one signing-ceremony session: the deal ids in signing order and the witnesses in order of rank.
 * Every change touches {@code updatedAt}, so the version goes up with each one and a change made from a stale
 * screen fails (the ceremony's version guards the order as a whole, not row by row).
 */
@Entity
@Table(name = "signing_ceremony")
public class SigningCeremony extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "table_count", nullable = false)
    private int tables = 1;
    @Column(name = "minutes_per_deal", nullable = false)
    private int minutesPerDeal = 3;
    @Column(name = "opening_minutes", nullable = false)
    private int openingMinutes = 5;
    @Column(name = "closing_minutes", nullable = false)
    private int closingMinutes = 5;

    @ElementCollection
    @CollectionTable(name = "signing_ceremony_deal", joinColumns = @JoinColumn(name = "ceremony_id"))
    @OrderColumn(name = "position")
    @Column(name = "deal_id", nullable = false)
    private List<Long> dealIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "signing_ceremony_witness", joinColumns = @JoinColumn(name = "ceremony_id"))
    @OrderColumn(name = "position")
    private List<WitnessEntry> witnesses = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected SigningCeremony() {
    }

    public SigningCeremony(long eventId, long sessionId, CeremonySettings settings, Instant now) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.createdAt = now;
        settle(settings, now);
    }

    public long eventId() {
        return eventId;
    }

    public long sessionId() {
        return sessionId;
    }

    public CeremonySettings settings() {
        return new CeremonySettings(tables, minutesPerDeal, openingMinutes, closingMinutes);
    }

    /** The deal ids in order. A deal deleted meanwhile leaves a gap in the stored positions: it is skipped. */
    public List<Long> dealIds() {
        return dealIds.stream().filter(Objects::nonNull).toList();
    }

    public List<Witness> witnesses() {
        return witnesses.stream().filter(Objects::nonNull).map(WitnessEntry::toWitness).toList();
    }

    public final void settle(CeremonySettings s, Instant now) {
        tables = s.tables();
        minutesPerDeal = s.minutesPerDeal();
        openingMinutes = s.openingMinutes();
        closingMinutes = s.closingMinutes();
        updatedAt = now;
    }

    public void orderDeals(List<Long> ids, Instant now) {
        // A new list, not the old one edited: Hibernate then deletes the rows and inserts the new order, instead
        // of updating row by row, which would trip the unique deal_id mid-way when two deals swap places.
        dealIds = new ArrayList<>(ids);
        updatedAt = now;
    }

    public void orderWitnesses(List<Witness> list, Instant now) {
        witnesses = new ArrayList<>(list.stream().map(WitnessEntry::new).toList());
        updatedAt = now;
    }
}
