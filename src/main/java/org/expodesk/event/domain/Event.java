package org.expodesk.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "expo_event")
public class Event extends AbstractEntity {

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh = "";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind = EventKind.EXPO;

    private @Nullable Integer edition;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate = LocalDate.EPOCH;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "venue_name_zh", length = 200)
    private @Nullable String venueNameZh;

    @Column(name = "venue_name_en", length = 200)
    private @Nullable String venueNameEn;

    @Column(name = "venue_address", length = 300)
    private @Nullable String venueAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventStatus status = EventStatus.PLANNING;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Event() {
    }

    public static Event create(EventDraft draft, Instant now) {
        Event event = new Event();
        event.apply(draft, now);
        event.createdAt = now;
        return event;
    }

    public void apply(EventDraft draft, Instant now) {
        this.nameZh = draft.getNameZh().strip();
        this.nameEn = draft.getNameEn().strip();
        this.kind = draft.getKind();
        this.edition = draft.getEdition();
        this.startDate = java.util.Objects.requireNonNull(draft.getStartDate());
        this.endDate = java.util.Objects.requireNonNull(draft.getEndDate());
        this.timeZone = ZoneId.of(draft.getTimeZone()).getId();
        this.venueNameZh = Texts.blankToNull(draft.getVenueNameZh());
        this.venueNameEn = Texts.blankToNull(draft.getVenueNameEn());
        this.venueAddress = Texts.blankToNull(draft.getVenueAddress());
        this.status = draft.getStatus();
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.archivedAt = now;
        this.updatedAt = now;
    }

    public void restore(Instant now) {
        this.archivedAt = null;
        this.updatedAt = now;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public EventSummary toSummary() {
        return new EventSummary(requireId(), nameZh, nameEn, kind, edition, startDate, endDate, ZoneId.of(timeZone),
                venueNameZh, venueNameEn, venueAddress, status, isArchived());
    }

    public EventDraft toDraft() {
        EventDraft draft = new EventDraft();
        draft.setNameZh(nameZh);
        draft.setNameEn(nameEn);
        draft.setKind(kind);
        draft.setEdition(edition);
        draft.setStartDate(startDate);
        draft.setEndDate(endDate);
        draft.setTimeZone(timeZone);
        draft.setVenueNameZh(venueNameZh);
        draft.setVenueNameEn(venueNameEn);
        draft.setVenueAddress(venueAddress);
        draft.setStatus(status);
        draft.setVersion(getVersion());
        return draft;
    }

}
