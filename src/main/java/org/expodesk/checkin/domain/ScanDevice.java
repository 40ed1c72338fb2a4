package org.expodesk.checkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A phone or handheld scanner registered for one gate. Only hashes of its secrets are kept: the one-time
 * enrolment code (short-lived, cleared when used) and the bearer token it received in exchange.
 */
@Entity
@Table(name = "scan_device")
public class ScanDevice extends org.expodesk.shared.domain.AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "gate_id", nullable = false)
    private long gateId;

    @Column(nullable = false, length = 100)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeviceStatus status = DeviceStatus.PENDING;

    @Column(name = "enrolment_code_hash", length = 64)
    private @Nullable String enrolmentCodeHash;

    @Column(name = "enrolment_expires_at")
    private @Nullable Instant enrolmentExpiresAt;

    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "enrolled_at")
    private @Nullable Instant enrolledAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ScanDevice() {
    }

    public ScanDevice(long eventId, long gateId, String name, Instant now) {
        this.eventId = eventId;
        this.gateId = gateId;
        this.name = name;
        this.createdAt = now;
    }

    /** A new one-time code replaces any earlier unused one; an enrolled device gets a new token when it uses it. */
    public void newEnrolmentCode(String codeHash, Instant expiresAt) {
        this.enrolmentCodeHash = codeHash;
        this.enrolmentExpiresAt = expiresAt;
    }

    public boolean enrolmentOpen(Instant now) {
        return status != DeviceStatus.REVOKED && enrolmentCodeHash != null && enrolmentExpiresAt != null
                && now.isBefore(enrolmentExpiresAt);
    }

    /** The code is used up, and the token it bought replaces any earlier one. */
    /** The hash of the device's current token; none before enrolment and after revocation. */
    public @Nullable String tokenHash() {
        return tokenHash;
    }

    public void enrol(String tokenHash, Instant now) {
        this.enrolmentCodeHash = null;
        this.enrolmentExpiresAt = null;
        this.tokenHash = tokenHash;
        this.status = DeviceStatus.ENROLLED;
        this.enrolledAt = now;
    }

    public void revoke(Instant now) {
        if (status != DeviceStatus.REVOKED) {
            this.status = DeviceStatus.REVOKED;
            this.tokenHash = null;
            this.enrolmentCodeHash = null;
            this.enrolmentExpiresAt = null;
            this.revokedAt = now;
        }
    }

    public long eventId() {
        return eventId;
    }

    public long gateId() {
        return gateId;
    }

    public String name() {
        return name;
    }

    public DeviceStatus status() {
        return status;
    }

    public @Nullable Instant enrolmentExpiresAt() {
        return enrolmentExpiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant enrolledAt() {
        return enrolledAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
