package org.expodesk.checkin.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.expodesk.checkin.GateSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A gate of an event, the hall whose count it keeps, and the badge types it admits (none listed: all). */
@Entity
@Table(name = "gate")
public class Gate extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 20)
    private String code = "";

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Column(name = "hall_id")
    private @Nullable Long hallId;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gate_badge_type", joinColumns = @JoinColumn(name = "gate_id"))
    @Column(name = "badge_type_id")
    private Set<Long> allowedTypeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Gate() {
    }

    public Gate(long eventId, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String code, String nameZh, @Nullable String nameEn, @Nullable Long hallId, boolean active,
            Set<Long> allowedTypeIds, Instant now) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.hallId = hallId;
        this.active = active;
        this.allowedTypeIds.clear();
        this.allowedTypeIds.addAll(allowedTypeIds);
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public long eventId() {
        return eventId;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public @Nullable String nameEn() {
        return nameEn;
    }

    public @Nullable Long hallId() {
        return hallId;
    }

    public boolean active() {
        return active;
    }

    public Set<Long> allowedTypeIds() {
        return Set.copyOf(allowedTypeIds);
    }

    public GateSummary toSummary() {
        return new GateSummary(requireId(), eventId, code, nameZh, nameEn, hallId, active);
    }
}
