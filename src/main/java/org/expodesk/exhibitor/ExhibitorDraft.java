package org.expodesk.exhibitor;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.expodesk.booth.BoothKind;
import org.expodesk.shared.validation.CreditCode;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/**
 * What a company tells about itself: the registration form, the exhibitor's profile form and one row of an
 * import all fill this. The credit code is checked for its check character; the mobile must be a mobile.
 */
public class ExhibitorDraft {

    @NotBlank
    @Size(max = 200)
    private String nameZh = "";

    @Size(max = 300)
    private @Nullable String nameEn;

    @NotBlank
    @CreditCode
    private String creditCode = "";

    @NotBlank
    @Size(max = 300)
    private String address = "";

    @NotBlank
    @Size(max = 60)
    private String contactName = "";

    @NotBlank
    @Phone
    @Size(max = 30)
    private String mobile = "";

    @Email
    @Size(max = 150)
    private @Nullable String email;

    @NotBlank
    @Size(max = 1000)
    private String products = "";

    @NotNull
    private @Nullable ExhibitorCategory category;

    private boolean famousBrand;

    @Size(max = 1000)
    private @Nullable String famousBrandEvidence;

    private boolean localEnterprise;

    private @Nullable BoothKind wishKind;

    @DecimalMin("0")
    @DecimalMax("10000")
    private @Nullable BigDecimal wishArea;

    @Size(max = 30)
    private @Nullable String wishBooth1;

    @Size(max = 30)
    private @Nullable String wishBooth2;

    @Size(max = 30)
    private @Nullable String wishBooth3;

    @Min(0)
    @Max(500)
    private int staffCount;

    /** A famous brand must say what makes it one (a certificate, a listing): the office checks it against the goal of ≥ 30 %. */
    @AssertTrue(message = "{expodesk.validation.famous-brand-evidence}")
    public boolean isFamousBrandEvidenced() {
        return !famousBrand || (famousBrandEvidence != null && !famousBrandEvidence.isBlank());
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public @Nullable String getNameEn() { return nameEn; }
    public void setNameEn(@Nullable String nameEn) { this.nameEn = nameEn; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = products; }
    public @Nullable ExhibitorCategory getCategory() { return category; }
    public void setCategory(@Nullable ExhibitorCategory category) { this.category = category; }
    public boolean isFamousBrand() { return famousBrand; }
    public void setFamousBrand(boolean famousBrand) { this.famousBrand = famousBrand; }
    public @Nullable String getFamousBrandEvidence() { return famousBrandEvidence; }
    public void setFamousBrandEvidence(@Nullable String famousBrandEvidence) { this.famousBrandEvidence = famousBrandEvidence; }
    public boolean isLocalEnterprise() { return localEnterprise; }
    public void setLocalEnterprise(boolean localEnterprise) { this.localEnterprise = localEnterprise; }
    public @Nullable BoothKind getWishKind() { return wishKind; }
    public void setWishKind(@Nullable BoothKind wishKind) { this.wishKind = wishKind; }
    public @Nullable BigDecimal getWishArea() { return wishArea; }
    public void setWishArea(@Nullable BigDecimal wishArea) { this.wishArea = wishArea; }
    public @Nullable String getWishBooth1() { return wishBooth1; }
    public void setWishBooth1(@Nullable String wishBooth1) { this.wishBooth1 = wishBooth1; }
    public @Nullable String getWishBooth2() { return wishBooth2; }
    public void setWishBooth2(@Nullable String wishBooth2) { this.wishBooth2 = wishBooth2; }
    public @Nullable String getWishBooth3() { return wishBooth3; }
    public void setWishBooth3(@Nullable String wishBooth3) { this.wishBooth3 = wishBooth3; }
    public int getStaffCount() { return staffCount; }
    public void setStaffCount(int staffCount) { this.staffCount = staffCount; }
}
