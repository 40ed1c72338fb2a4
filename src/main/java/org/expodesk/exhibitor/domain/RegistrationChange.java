package org.expodesk.exhibitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.exhibitor.StatusChange;
import org.jspecify.annotations.Nullable;

/** One recorded move of a registration. Written once, never changed: no version. */
@Entity
@Table(name = "exhibitor_status_change")
public class RegistrationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exhibitor_id", nullable = false)
    private long exhibitorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private @Nullable RegistrationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RegistrationStatus toStatus = RegistrationStatus.SUBMITTED;

    @Column(length = 500)
    private @Nullable String reason;

    @Column(name = "changed_by_account")
    private @Nullable Long changedByAccount;

    @Column(name = "changed_by_name", nullable = false, length = 120)
    private String changedByName = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected RegistrationChange() {
    }

    public RegistrationChange(long exhibitorId, @Nullable RegistrationStatus from, RegistrationStatus to, @Nullable String reason,
            @Nullable Long byAccount, String byName, Instant at) {
        this.exhibitorId = exhibitorId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        // The seeding "system" user (account id 0, as DemoData signs in) is no account: its name is kept, no reference.
        this.changedByAccount = byAccount == null || byAccount <= 0 ? null : byAccount;
        this.changedByName = byName.length() > 120 ? byName.substring(0, 120) : byName;
        this.changedAt = at;
    }

    public StatusChange toRecord() {
        return new StatusChange(fromStatus, toStatus, reason, changedByName, changedAt);
    }
}
