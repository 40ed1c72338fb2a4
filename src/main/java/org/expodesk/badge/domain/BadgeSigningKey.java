package org.expodesk.badge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.badge.BadgeKeyStatus;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One Ed25519 key of an event. The private seed is stored only encrypted (AES-256-GCM under the master
 * key of the configuration), so a copy of the database alone cannot sign badges.
 */
@Entity
@Table(name = "badge_signing_key")
public class BadgeSigningKey extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    /** Small and per event: it travels in every code as one byte. */
    @Column(name = "key_id", nullable = false)
    private int keyId;

    @Column(name = "public_key", nullable = false, length = 32)
    private byte[] publicKey = new byte[0];

    @Column(name = "encrypted_private_key", nullable = false, length = 128)
    private byte[] encryptedPrivateKey = new byte[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeKeyStatus status = BadgeKeyStatus.ACTIVE;

    /** The event id while active, null once retired: its unique index lets the database allow one active key per event. */
    @Column(name = "active_event_id")
    private @Nullable Long activeEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected BadgeSigningKey() {
    }

    public static BadgeSigningKey active(long eventId, int keyId, byte[] publicKey, byte[] encryptedPrivateKey, Instant now) {
        BadgeSigningKey key = new BadgeSigningKey();
        key.eventId = eventId;
        key.keyId = keyId;
        key.publicKey = publicKey.clone();
        key.encryptedPrivateKey = encryptedPrivateKey.clone();
        key.activeEventId = eventId;
        key.createdAt = now;
        return key;
    }

    /** No longer signs; still verifies the codes it signed, so badges already printed keep working. */
    public void retire(Instant now) {
        if (status == BadgeKeyStatus.ACTIVE) {
            status = BadgeKeyStatus.RETIRED;
            activeEventId = null;
            retiredAt = now;
        }
    }

    public long eventId() {
        return eventId;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    public BadgeKeyStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant retiredAt() {
        return retiredAt;
    }
}
