package org.expodesk.guest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/** The fields of a guest the office edits and the import fills; {@code version} guards against overwriting a change made meanwhile. */
public class GuestDraft {

    @NotBlank
    @Size(max = 60)
    private String nameZh = "";

    @Size(max = 120)
    private @Nullable String nameEn;

    @Size(max = 100)
    private @Nullable String title;

    @Size(max = 200)
    private @Nullable String organisation;

    @NotNull
    private GuestCategory category = GuestCategory.MERCHANT;

    @Size(max = 100)
    private @Nullable String origin;

    @Phone
    @Size(max = 30)
    private @Nullable String mobile;

    @Email
    @Size(max = 150)
    private @Nullable String email;

    private @Nullable Long invitingUnitId;

    @Min(0)
    @Max(20)
    private int companions = 0;

    @Size(max = 500)
    private @Nullable String companionNames;

    @Size(max = 300)
    private @Nullable String dietary;

    @Size(max = 300)
    private @Nullable String accessibility;

    @Size(max = 2000)
    private @Nullable String notes;

    @Size(max = 300)
    private @Nullable String hotelWish;

    private @Nullable Long version;

    public static GuestDraft of(String nameZh, @Nullable String nameEn, @Nullable String title, @Nullable String organisation,
            GuestCategory category, @Nullable String mobile) {
        GuestDraft d = new GuestDraft();
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.title = title;
        d.organisation = organisation;
        d.category = category;
        d.mobile = mobile;
        return d;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public GuestCategory getCategory() {
        return category;
    }

    public void setCategory(GuestCategory category) {
        this.category = category;
    }

    public @Nullable String getOrigin() {
        return origin;
    }

    public void setOrigin(@Nullable String origin) {
        this.origin = origin;
    }

    public @Nullable String getMobile() {
        return mobile;
    }

    public void setMobile(@Nullable String mobile) {
        this.mobile = mobile;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable Long getInvitingUnitId() {
        return invitingUnitId;
    }

    public void setInvitingUnitId(@Nullable Long invitingUnitId) {
        this.invitingUnitId = invitingUnitId;
    }

    public int getCompanions() {
        return companions;
    }

    public void setCompanions(int companions) {
        this.companions = companions;
    }

    public @Nullable String getCompanionNames() {
        return companionNames;
    }

    public void setCompanionNames(@Nullable String companionNames) {
        this.companionNames = companionNames;
    }

    public @Nullable String getDietary() {
        return dietary;
    }

    public void setDietary(@Nullable String dietary) {
        this.dietary = dietary;
    }

    public @Nullable String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(@Nullable String accessibility) {
        this.accessibility = accessibility;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getHotelWish() {
        return hotelWish;
    }

    public void setHotelWish(@Nullable String hotelWish) {
        this.hotelWish = hotelWish;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

}
