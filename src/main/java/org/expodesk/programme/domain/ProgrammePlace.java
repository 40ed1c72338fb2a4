package org.expodesk.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.jspecify.annotations.Nullable;

/** A meeting room or an outside address of an event, named once and chosen for many sessions. */
@Entity
@Table(name = "programme_place")
public class ProgrammePlace extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceKind kind = PlaceKind.ROOM;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Column(length = 300)
    private @Nullable String address;

    private @Nullable Integer capacity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProgrammePlace() {
    }

    public ProgrammePlace(long eventId, PlaceDraft draft) {
        this.eventId = eventId;
        apply(draft);
    }

    public void apply(PlaceDraft draft) {
        this.kind = Objects.requireNonNull(draft.getKind());
        this.nameZh = draft.getNameZh().strip();
        this.nameEn = Texts.blankToNull(draft.getNameEn());
        this.address = Texts.blankToNull(draft.getAddress());
        this.capacity = draft.getCapacity();
        this.sortOrder = draft.getSortOrder();
    }

    public long eventId() { return eventId; }
    public String nameZh() { return nameZh; }

    public PlaceSummary toSummary() {
        return new PlaceSummary(kind, requireId(), eventId, nameZh, nameEn, address, capacity, sortOrder, getVersion());
    }

    public PlaceDraft toDraft() {
        PlaceDraft d = PlaceDraft.of(kind, nameZh, nameEn, address);
        d.setCapacity(capacity);
        d.setSortOrder(sortOrder);
        d.setVersion(getVersion());
        return d;
    }
}
