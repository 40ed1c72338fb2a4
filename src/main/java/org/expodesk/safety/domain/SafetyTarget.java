package org.expodesk.safety.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.safety.Responsible;
import org.expodesk.safety.TargetDraft;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** Something inspected, with the person answerable for it and the random token its QR label carries. */
@Entity
@Table(name = "safety_target")
public class SafetyTarget extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetKind kind = TargetKind.HALL;
    @Column(nullable = false, length = 120)
    private String name = "";
    @Column(length = 300)
    private @Nullable String description;
    @Column(name = "hall_id")
    private @Nullable Long hallId;
    @Column(name = "booth_id")
    private @Nullable Long boothId;
    @Column(name = "x_m", precision = 7, scale = 2)
    private @Nullable BigDecimal x;
    @Column(name = "y_m", precision = 7, scale = 2)
    private @Nullable BigDecimal y;
    @Column(name = "responsible_name", length = 60)
    private @Nullable String responsibleName;
    @Column(name = "responsible_mobile", length = 30)
    private @Nullable String responsibleMobile;
    @Column(name = "responsible_unit", length = 120)
    private @Nullable String responsibleUnit;
    @Column(name = "qr_token", nullable = false, length = 32)
    private String qrToken = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected SafetyTarget() {
    }

    public SafetyTarget(long eventId, String qrToken, TargetDraft draft, @Nullable Long boothId, Instant now) {
        this.eventId = eventId;
        this.qrToken = qrToken;
        this.boothId = boothId;
        this.createdAt = now;
        apply(draft, now);
    }

    public void apply(TargetDraft draft, Instant now) {
        this.kind = draft.getKind();
        this.name = draft.getName().strip();
        this.description = blankToNull(draft.getDescription());
        this.hallId = draft.getHallId();
        this.x = draft.getX();
        this.y = draft.getY();
        this.responsibleName = blankToNull(draft.getResponsibleName());
        this.responsibleMobile = blankToNull(draft.getResponsibleMobile());
        this.responsibleUnit = blankToNull(draft.getResponsibleUnit());
        this.updatedAt = now;
    }

    public void assign(Responsible responsible, Instant now) {
        this.responsibleName = responsible.name().strip();
        this.responsibleMobile = responsible.mobile().strip();
        this.responsibleUnit = blankToNull(responsible.unit());
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }
    public TargetKind kind() { return kind; }
    public String name() { return name; }
    public @Nullable Long hallId() { return hallId; }
    public @Nullable Long boothId() { return boothId; }
    public @Nullable BigDecimal x() { return x; }
    public @Nullable BigDecimal y() { return y; }

    public @Nullable Responsible responsible() {
        return responsibleName == null ? null
                : new Responsible(responsibleName, responsibleMobile == null ? "" : responsibleMobile,
                        responsibleUnit == null ? "" : responsibleUnit);
    }

    public TargetDraft toDraft() {
        TargetDraft draft = TargetDraft.of(kind, name);
        draft.setDescription(description);
        draft.setHallId(hallId);
        draft.setX(x);
        draft.setY(y);
        draft.setResponsibleName(responsibleName);
        draft.setResponsibleMobile(responsibleMobile);
        draft.setResponsibleUnit(responsibleUnit);
        return draft;
    }

    public TargetSummary toSummary() {
        return new TargetSummary(requireId(), eventId, kind, name, description, hallId, boothId, x, y, responsible(), qrToken,
                getVersion());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
