package org.expodesk.booth.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "hall")
public class Hall extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 20)
    private String code = "";

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Column(name = "width_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal width = BigDecimal.ONE;

    @Column(name = "depth_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal depth = BigDecimal.ONE;

    private @Nullable Integer capacity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Few and always drawn with the hall, so loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hall_entrance", joinColumns = @JoinColumn(name = "hall_id"))
    @OrderColumn(name = "position")
    private List<HallEntrance> entrances = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Hall() {
    }

    public Hall(long eventId, String code, HallDraft draft, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        apply(code, draft, now);
    }

    /** {@code code} comes normalised from the service, which also checks it is free in the event. */
    public void apply(String code, HallDraft draft, Instant now) {
        this.code = code;
        this.nameZh = draft.getNameZh().strip();
        this.nameEn = draft.getNameEn() == null || draft.getNameEn().isBlank() ? null : draft.getNameEn().strip();
        this.width = Objects.requireNonNull(draft.getWidth()).setScale(2);
        this.depth = Objects.requireNonNull(draft.getDepth()).setScale(2);
        this.capacity = draft.getCapacity();
        this.sortOrder = draft.getSortOrder();
        this.entrances.clear();
        draft.getEntrances().forEach(e -> entrances.add(new HallEntrance(e)));
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }
    public String code() { return code; }
    public BigDecimal width() { return width; }
    public BigDecimal depth() { return depth; }

    public HallSummary toSummary() {
        return new HallSummary(requireId(), eventId, code, nameZh, nameEn, width, depth, capacity, sortOrder,
                entrances.stream().map(HallEntrance::toEntrance).toList(), getVersion());
    }

    public HallDraft toDraft() {
        HallDraft draft = new HallDraft();
        draft.setCode(code);
        draft.setNameZh(nameZh);
        draft.setNameEn(nameEn);
        draft.setWidth(width);
        draft.setDepth(depth);
        draft.setCapacity(capacity);
        draft.setSortOrder(sortOrder);
        draft.setEntrances(entrances.stream().map(HallEntrance::toEntrance).toList());
        draft.setVersion(getVersion());
        return draft;
    }
}
