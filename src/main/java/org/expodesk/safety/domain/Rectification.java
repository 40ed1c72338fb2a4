package org.expodesk.safety.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.safety.RectificationStatus;
import org.expodesk.safety.RectificationSummary;
import org.expodesk.safety.Responsible;
import org.expodesk.safety.Severity;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A failed item to put right by a deadline. It closes only through a passed re-check; a failed re-check is kept
 * in its history and the rectification stays open.
 */
@Entity
@Table(name = "safety_rectification")
public class Rectification extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "target_id", nullable = false)
    private long targetId;
    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;
    @Column(name = "item_position", nullable = false)
    private int itemPosition;
    @Column(name = "item_text_zh", nullable = false, length = 300)
    private String itemZh = "";
    @Column(name = "item_text_en", nullable = false, length = 500)
    private String itemEn = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity = Severity.MINOR;
    @Column(length = 500)
    private @Nullable String finding;
    @Column(name = "owner_name", nullable = false, length = 60)
    private String ownerName = "";
    @Column(name = "owner_mobile", length = 30)
    private @Nullable String ownerMobile;
    @Column(name = "owner_unit", length = 120)
    private @Nullable String ownerUnit;
    @Column(name = "deadline_at", nullable = false)
    private Instant deadline = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RectificationStatus status = RectificationStatus.OPEN;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_recheck", joinColumns = @JoinColumn(name = "rectification_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<Recheck> rechecks = new ArrayList<>();

    protected Rectification() {
    }

    public Rectification(long eventId, long targetId, long inspectionId, int itemPosition, String itemZh, String itemEn,
            Severity severity, @Nullable String finding, Responsible owner, Instant deadline, Instant now) {
        this.eventId = eventId;
        this.targetId = targetId;
        this.inspectionId = inspectionId;
        this.itemPosition = itemPosition;
        this.itemZh = itemZh;
        this.itemEn = itemEn;
        this.severity = severity;
        this.finding = finding;
        this.ownerName = owner.name();
        this.ownerMobile = owner.mobile().isBlank() ? null : owner.mobile();
        this.ownerUnit = owner.unit().isBlank() ? null : owner.unit();
        this.deadline = deadline;
        this.openedAt = now;
    }

    /** Records a re-check; a passed one closes the rectification. */
    public void recheck(boolean passed, @Nullable String note, @Nullable Long photoId, String by, Instant now) {
        rechecks.add(new Recheck(now, passed, note == null || note.isBlank() ? null : note.strip(), photoId, by));
        if (passed) {
            status = RectificationStatus.CLOSED;
            closedAt = now;
        }
    }

    /** A failed re-check may move the deadline; the old one stays readable in the history's timing. */
    public void extend(Instant deadline) {
        this.deadline = deadline;
    }

    public long eventId() { return eventId; }
    public long targetId() { return targetId; }
    public RectificationStatus status() { return status; }
    public Severity severity() { return severity; }
    public String itemZh() { return itemZh; }
    public String itemEn() { return itemEn; }
    public Instant openedAt() { return openedAt; }

    public RectificationSummary toSummary(String targetName, ZoneId zone, Instant now) {
        return new RectificationSummary(requireId(), eventId, targetId, targetName, inspectionId, itemZh, itemEn, severity, finding,
                new Responsible(ownerName, ownerMobile == null ? "" : ownerMobile, ownerUnit == null ? "" : ownerUnit),
                deadline.atZone(zone), status, openedAt, closedAt,
                status == RectificationStatus.OPEN && now.isAfter(deadline),
                rechecks.stream().map(r -> new RectificationSummary.Recheck(r.checkedAt, r.passed, r.note, r.photoId, r.checkedBy)).toList(),
                getVersion());
    }

    @Embeddable
    public static class Recheck {

        @Column(name = "checked_at", nullable = false)
        private Instant checkedAt = Instant.EPOCH;
        @Column(nullable = false)
        private boolean passed;
        @Column(length = 500)
        private @Nullable String note;
        @Column(name = "photo_id")
        private @Nullable Long photoId;
        @Column(name = "checked_by", nullable = false, length = 100)
        private String checkedBy = "";

        protected Recheck() {
        }

        Recheck(Instant checkedAt, boolean passed, @Nullable String note, @Nullable Long photoId, String checkedBy) {
            this.checkedAt = checkedAt;
            this.passed = passed;
            this.note = note;
            this.photoId = photoId;
            this.checkedBy = checkedBy;
        }
    }
}
