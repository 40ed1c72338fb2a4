package org.expodesk.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/**
 * A unit as its form edits it, with its leader in charge and its liaison inline: the office types them
 * in one go. The service keeps leader and liaison as persons, one record per human.
 */
public class UnitDraft {

    private @Nullable Long parentId;

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";

    @Size(max = 200)
    private @Nullable String nameEn;

    @NotNull
    private UnitKind kind = UnitKind.DEPARTMENT;

    private int sortOrder;

    /** The version the form was read at; null for a new unit. A save against a newer version is refused. */
    private @Nullable Long version;

    @Size(max = 60)
    private @Nullable String leaderName;
    @Size(max = 100)
    private @Nullable String leaderTitle;
    @Phone
    @Size(max = 30)
    private @Nullable String leaderMobile;
    @Phone
    @Size(max = 30)
    private @Nullable String leaderOfficePhone;

    @Size(max = 60)
    private @Nullable String liaisonName;
    @Size(max = 100)
    private @Nullable String liaisonTitle;
    @Phone
    @Size(max = 30)
    private @Nullable String liaisonMobile;
    @Phone
    @Size(max = 30)
    private @Nullable String liaisonOfficePhone;
    @Email
    @Size(max = 150)
    private @Nullable String liaisonEmail;

    public @Nullable Long getParentId() { return parentId; }
    public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public @Nullable String getLeaderName() { return leaderName; }
    public void setLeaderName(@Nullable String leaderName) { this.leaderName = leaderName; }
    public @Nullable String getLeaderTitle() { return leaderTitle; }
    public void setLeaderTitle(@Nullable String leaderTitle) { this.leaderTitle = leaderTitle; }
    public @Nullable String getLeaderMobile() { return leaderMobile; }
    public void setLeaderMobile(@Nullable String leaderMobile) { this.leaderMobile = leaderMobile; }
    public @Nullable String getLeaderOfficePhone() { return leaderOfficePhone; }
    public void setLeaderOfficePhone(@Nullable String leaderOfficePhone) { this.leaderOfficePhone = leaderOfficePhone; }
    public @Nullable String getLiaisonName() { return liaisonName; }
    public void setLiaisonName(@Nullable String liaisonName) { this.liaisonName = liaisonName; }
    public @Nullable String getLiaisonTitle() { return liaisonTitle; }
    public void setLiaisonTitle(@Nullable String liaisonTitle) { this.liaisonTitle = liaisonTitle; }
    public @Nullable String getLiaisonMobile() { return liaisonMobile; }
    public void setLiaisonMobile(@Nullable String liaisonMobile) { this.liaisonMobile = liaisonMobile; }
    public @Nullable String getLiaisonOfficePhone() { return liaisonOfficePhone; }
    public void setLiaisonOfficePhone(@Nullable String liaisonOfficePhone) { this.liaisonOfficePhone = liaisonOfficePhone; }
    public @Nullable String getLiaisonEmail() { return liaisonEmail; }
    public void setLiaisonEmail(@Nullable String liaisonEmail) { this.liaisonEmail = liaisonEmail; }
}
