package org.expodesk.exhibitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.exhibitor.StaffSummary;
import org.expodesk.shared.domain.AbstractEntity;

/** A person a company brings to its booth. */
@Entity
@Table(name = "exhibitor_staff")
public class StaffMember extends AbstractEntity {

    @Column(name = "exhibitor_id", nullable = false)
    private long exhibitorId;

    @Column(nullable = false, length = 60)
    private String name = "";

    @Column(nullable = false, length = 30)
    private String mobile = "";

    @Column(nullable = false, length = 60)
    private String role = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected StaffMember() {
    }

    public StaffMember(long exhibitorId, String name, String mobile, String role, Instant now) {
        this.exhibitorId = exhibitorId;
        this.name = name;
        this.mobile = mobile;
        this.role = role;
        this.createdAt = now;
    }

    public long exhibitorId() {
        return exhibitorId;
    }

    public StaffSummary toSummary() {
        return new StaffSummary(requireId(), name, mobile, role);
    }
}
