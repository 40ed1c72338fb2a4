package org.expodesk.unit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.unit.UnitKind;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "org_unit")
public class OrgUnit extends AbstractEntity {

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh = "";

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind = UnitKind.DEPARTMENT;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "leader_person_id")
    private @Nullable Long leaderPersonId;

    @Column(name = "liaison_person_id")
    private @Nullable Long liaisonPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected OrgUnit() {
    }

    public OrgUnit(@Nullable Long parentId, String nameZh, @Nullable String nameEn, UnitKind kind, int sortOrder, Instant now) {
        this.createdAt = now;
        rename(parentId, nameZh, nameEn, kind, sortOrder, now);
    }

    public void rename(@Nullable Long parentId, String nameZh, @Nullable String nameEn, UnitKind kind, int sortOrder, Instant now) {
        this.parentId = parentId;
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    public void appoint(@Nullable Long leaderPersonId, @Nullable Long liaisonPersonId, Instant now) {
        this.leaderPersonId = leaderPersonId;
        this.liaisonPersonId = liaisonPersonId;
        this.updatedAt = now;
    }

    public @Nullable Long parentId() { return parentId; }
    public String nameZh() { return nameZh; }
    public @Nullable String nameEn() { return nameEn; }
    public UnitKind kind() { return kind; }
    public int sortOrder() { return sortOrder; }
    public @Nullable Long leaderPersonId() { return leaderPersonId; }
    public @Nullable Long liaisonPersonId() { return liaisonPersonId; }
}
