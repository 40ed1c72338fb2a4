package org.expodesk.booth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.jspecify.annotations.Nullable;

/**
 * A booth on a hall's plan. Geometry, kind and price are the office's; the status moves between free,
 * reserved and blocked here, and to held or assigned through allocation, which also sets the holder.
 */
@Entity
@Table(name = "booth")
public class Booth extends org.expodesk.shared.domain.AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "hall_id", nullable = false)
    private long hallId;

    @Column(nullable = false, length = 30)
    private String code = "";

    @Column(name = "x_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal x = BigDecimal.ZERO;

    @Column(name = "y_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal y = BigDecimal.ZERO;

    @Column(name = "width_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal width = BigDecimal.ONE;

    @Column(name = "depth_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal depth = BigDecimal.ONE;

    /** Kept with the row (width × depth) so that reports and the exhibitor's staff quota sum it in the database. */
    @Column(name = "area_m2", nullable = false, precision = 11, scale = 4)
    private BigDecimal area = BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BoothKind kind = BoothKind.STANDARD;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BoothStatus status = BoothStatus.FREE;

    @Column(name = "hold_expires_at")
    private @Nullable Instant holdExpiresAt;

    @Column(name = "holder_id")
    private @Nullable Long holderId;

    @Column(name = "reserved_unit_id")
    private @Nullable Long reservedUnitId;

    @Column(name = "reserved_category", length = 100)
    private @Nullable String reservedCategory;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Booth() {
    }

    public Booth(long eventId, long hallId, String code, Footprint footprint, BoothKind kind, BigDecimal price, Instant now) {
        this.eventId = eventId;
        this.hallId = hallId;
        this.createdAt = now;
        this.code = code;
        place(footprint, now);
        describe(kind, price, now);
    }

    public void recode(String code, Instant now) {
        this.code = code;
        this.updatedAt = now;
    }

    public void place(Footprint footprint, Instant now) {
        this.x = Footprint.metres(footprint.x());
        this.y = Footprint.metres(footprint.y());
        this.width = Footprint.metres(footprint.width());
        this.depth = Footprint.metres(footprint.depth());
        this.area = width.multiply(depth);
        this.updatedAt = now;
    }

    public void describe(BoothKind kind, BigDecimal price, Instant now) {
        this.kind = kind;
        this.price = price.setScale(2);
        this.updatedAt = now;
    }

    /**
     * Sets blocking and reservation together, as the form shows them: blocked wins, a unit or category
     * makes the booth reserved, neither makes it free. Callers refuse this for held and assigned booths.
     */
    public void setAside(boolean blocked, @Nullable Long unitId, @Nullable String category, Instant now) {
        this.reservedUnitId = unitId;
        this.reservedCategory = category == null || category.isBlank() ? null : category.strip();
        this.status = blocked ? BoothStatus.BLOCKED
                : reservedUnitId != null || reservedCategory != null ? BoothStatus.RESERVED : BoothStatus.FREE;
        this.updatedAt = now;
    }

    /** The status as it stands now: a hold past its expiry no longer keeps the booth from others. */
    public BoothStatus effectiveStatus(Instant now) {
        if (status == BoothStatus.HELD && holdExpiresAt != null && !holdExpiresAt.isAfter(now)) {
            return reservedUnitId != null || reservedCategory != null ? BoothStatus.RESERVED : BoothStatus.FREE;
        }
        return status;
    }

    public Footprint footprint() {
        return new Footprint(getId() == null ? 0 : getId(), code, Footprint.centimetres(x), Footprint.centimetres(y),
                Footprint.centimetres(width), Footprint.centimetres(depth));
    }

    public long eventId() { return eventId; }
    public long hallId() { return hallId; }
    public String code() { return code; }
    public BoothKind kind() { return kind; }
    public BigDecimal price() { return price; }
    public @Nullable Long reservedUnitId() { return reservedUnitId; }
    public @Nullable String reservedCategory() { return reservedCategory; }

    public BoothSummary toSummary(Instant now) {
        return new BoothSummary(requireId(), eventId, hallId, code, x, y, width, depth, area, kind, price,
                effectiveStatus(now), holdExpiresAt, holderId, reservedUnitId, reservedCategory, getVersion());
    }
}
