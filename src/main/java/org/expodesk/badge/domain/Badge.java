package org.expodesk.badge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.badge.BadgeId;
import org.expodesk.badge.BadgeStatus;
import org.expodesk.badge.BadgeValidity;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One printed badge of a person for an event. It keeps the names it was printed with, so a reprint shows
 * what the wearer's badge shows; a change of name or type is a reissue with a new code.
 */
@Entity
@Table(name = "badge")
public class Badge extends AbstractEntity {

    @Column(name = "badge_uid", nullable = false, length = 24)
    private String badgeUid = "";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";

    @Column(name = "name_en", length = 120)
    private @Nullable String nameEn;

    @Column(length = 200)
    private @Nullable String organisation;

    @Column(name = "first_day_offset", nullable = false)
    private int firstDayOffset;

    @Column(name = "day_mask", nullable = false)
    private int dayMask;

    /** The signed code text exactly as printed in the QR code. */
    @Column(nullable = false, length = 200)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeStatus status = BadgeStatus.ISSUED;

    /** The person id while issued, null once revoked: its unique index with the event allows one active badge per person. */
    @Column(name = "active_person_id")
    private @Nullable Long activePersonId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt = Instant.EPOCH;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoke_reason", length = 200)
    private @Nullable String revokeReason;

    @Column(name = "replaced_by_id")
    private @Nullable Long replacedById;

    protected Badge() {
    }

    public static Badge issued(BadgeId badgeId, long eventId, long personId, long typeId, String nameZh,
            @Nullable String nameEn, @Nullable String organisation, BadgeValidity validity, String code, Instant now) {
        Badge badge = new Badge();
        badge.badgeUid = badgeId.hex();
        badge.eventId = eventId;
        badge.personId = personId;
        badge.typeId = typeId;
        badge.nameZh = nameZh;
        badge.nameEn = nameEn;
        badge.organisation = organisation;
        badge.firstDayOffset = validity.firstDayOffset();
        badge.dayMask = validity.dayMask();
        badge.code = code;
        badge.activePersonId = personId;
        badge.issuedAt = now;
        return badge;
    }

    /** Never admits again. Revoking twice keeps the first time and reason: that is when the badge stopped working. */
    public void revoke(String reason, Instant now) {
        if (status == BadgeStatus.ISSUED) {
            status = BadgeStatus.REVOKED;
            activePersonId = null;
            revokedAt = now;
            revokeReason = reason;
        }
    }

    public void replacedBy(long badgeId) {
        this.replacedById = badgeId;
    }

    public long eventId() {
        return eventId;
    }

    public long personId() {
        return personId;
    }

    public long typeId() {
        return typeId;
    }

    public String badgeUid() {
        return badgeUid;
    }

    public String nameZh() {
        return nameZh;
    }

    public @Nullable String nameEn() {
        return nameEn;
    }

    public @Nullable String organisation() {
        return organisation;
    }

    public BadgeValidity validity() {
        return new BadgeValidity(firstDayOffset, dayMask);
    }

    public String code() {
        return code;
    }

    public BadgeStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable String revokeReason() {
        return revokeReason;
    }

    public @Nullable Long replacedById() {
        return replacedById;
    }
}
