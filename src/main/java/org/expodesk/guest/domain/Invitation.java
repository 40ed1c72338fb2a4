package org.expodesk.guest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.guest.InvitationStatus;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One guest invited in one campaign; the secret RSVP link is kept only as its SHA-256 hash. */
@Entity
@Table(name = "guest_invitation")
public class Invitation extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "guest_id", nullable = false)
    private long guestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.DRAFTED;
    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;
    @Column(name = "token_issued_at")
    private @Nullable Instant tokenIssuedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Invitation() {
    }

    public Invitation(long eventId, long campaignId, long guestId, Instant now) {
        this.eventId = eventId;
        this.campaignId = campaignId;
        this.guestId = guestId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void issueToken(String hash, Instant now) {
        this.tokenHash = hash;
        this.tokenIssuedAt = now;
        this.updatedAt = now;
    }

    public void status(InvitationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** The duplicate's invitation now belongs to the kept guest. */
    public void moveTo(long guestId, Instant now) {
        this.guestId = guestId;
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }
    public long campaignId() { return campaignId; }
    public long guestId() { return guestId; }
    public InvitationStatus status() { return status; }
    public @Nullable Instant tokenIssuedAt() { return tokenIssuedAt; }
    public Instant updatedAt() { return updatedAt; }
}
