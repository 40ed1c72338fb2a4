package org.expodesk.reception.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.reception.HotelDraft;
import org.expodesk.reception.HotelSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.jspecify.annotations.Nullable;

/** A contracted hotel of one event. */
@Entity
@Table(name = "reception_hotel")
public class Hotel extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";
    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;
    @Column(name = "address", length = 300)
    private @Nullable String address;
    @Column(name = "contact_name", length = 60)
    private @Nullable String contactName;
    @Column(name = "phone", length = 30)
    private @Nullable String phone;
    @Column(name = "distance_km", precision = 6, scale = 1)
    private @Nullable BigDecimal distanceKm;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Hotel() {
    }

    public Hotel(long eventId, HotelDraft draft, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        apply(draft);
    }

    public void apply(HotelDraft d) {
        this.nameZh = d.nameZh().strip();
        this.nameEn = Texts.blankToNull(d.nameEn());
        this.address = Texts.blankToNull(d.address());
        this.contactName = Texts.blankToNull(d.contactName());
        this.phone = Texts.blankToNull(d.phone());
        this.distanceKm = d.distanceKm();
    }

    public long eventId() {
        return eventId;
    }

    public String nameZh() {
        return nameZh;
    }

    public HotelSummary toSummary() {
        return new HotelSummary(requireId(), eventId, nameZh, nameEn, address, contactName, phone, distanceKm);
    }
}
