package org.expodesk.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/** The editable fields of a person. A Chinese name is required; the English (pinyin) name is for badges and letters. */
public class PersonDraft {

    @NotBlank
    @Size(max = 60)
    private String nameZh = "";

    @Size(max = 120)
    private @Nullable String nameEn;

    @Size(max = 100)
    private @Nullable String title;

    @Size(max = 200)
    private @Nullable String organisation;

    @Phone
    @Size(max = 30)
    private @Nullable String mobile;

    @Phone
    @Size(max = 30)
    private @Nullable String officePhone;

    @Email
    @Size(max = 150)
    private @Nullable String email;

    public static PersonDraft of(String nameZh, @Nullable String nameEn, @Nullable String title,
            @Nullable String organisation, @Nullable String mobile, @Nullable String email) {
        PersonDraft d = new PersonDraft();
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.title = title;
        d.organisation = organisation;
        d.mobile = mobile;
        d.email = email;
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

    public @Nullable String getMobile() {
        return mobile;
    }

    public void setMobile(@Nullable String mobile) {
        this.mobile = mobile;
    }

    public @Nullable String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(@Nullable String officePhone) {
        this.officePhone = officePhone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }
}
