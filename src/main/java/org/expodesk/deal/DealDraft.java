package org.expodesk.deal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A deal as its form edits it. The amount is in 万 of the currency, at most two decimals. */
public class DealDraft {

    @NotBlank
    @Size(max = 200)
    private String projectZh = "";
    @Size(max = 300)
    private @Nullable String projectEn;
    @NotBlank
    @Size(max = 200)
    private String investorZh = "";
    @Size(max = 300)
    private @Nullable String investorEn;
    @NotBlank
    @Size(max = 60)
    private String investorSignatory = "";
    @Size(max = 100)
    private @Nullable String investorSignatoryTitle;
    @NotNull
    private @Nullable Long unitId;
    @NotBlank
    @Size(max = 60)
    private String localSignatory = "";
    @Size(max = 100)
    private @Nullable String localSignatoryTitle;
    @NotNull
    private @Nullable Industry industry = Industry.ADVANCED_MANUFACTURING;
    @Size(max = 100)
    private @Nullable String industryOther;
    @NotNull
    @DecimalMin(value = "0.00", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal amountWan;
    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = Amounts.CNY;
    @NotNull
    private @Nullable DealKind kind = DealKind.CONTRACT;
    @NotNull
    private @Nullable DealStatus status = DealStatus.PLANNED;
    private @Nullable Long version;

    /** A draft with everything a deal needs; for tests and the demo. */
    public static DealDraft of(String projectZh, String projectEn, String investorZh, String investorEn, String investorSignatory,
            String investorSignatoryTitle, long unitId, String localSignatory, String localSignatoryTitle, Industry industry,
            String amountWan, String currency, DealKind kind) {
        DealDraft d = new DealDraft();
        d.projectZh = projectZh;
        d.projectEn = projectEn;
        d.investorZh = investorZh;
        d.investorEn = investorEn;
        d.investorSignatory = investorSignatory;
        d.investorSignatoryTitle = investorSignatoryTitle;
        d.unitId = unitId;
        d.localSignatory = localSignatory;
        d.localSignatoryTitle = localSignatoryTitle;
        d.industry = industry;
        d.amountWan = new BigDecimal(amountWan);
        d.currency = currency;
        d.kind = kind;
        return d;
    }

    public String getProjectZh() { return projectZh; }
    public void setProjectZh(String v) { projectZh = v == null ? "" : v; }
    public @Nullable String getProjectEn() { return projectEn; }
    public void setProjectEn(@Nullable String v) { projectEn = v; }
    public String getInvestorZh() { return investorZh; }
    public void setInvestorZh(String v) { investorZh = v == null ? "" : v; }
    public @Nullable String getInvestorEn() { return investorEn; }
    public void setInvestorEn(@Nullable String v) { investorEn = v; }
    public String getInvestorSignatory() { return investorSignatory; }
    public void setInvestorSignatory(String v) { investorSignatory = v == null ? "" : v; }
    public @Nullable String getInvestorSignatoryTitle() { return investorSignatoryTitle; }
    public void setInvestorSignatoryTitle(@Nullable String v) { investorSignatoryTitle = v; }
    public @Nullable Long getUnitId() { return unitId; }
    public void setUnitId(@Nullable Long v) { unitId = v; }
    public String getLocalSignatory() { return localSignatory; }
    public void setLocalSignatory(String v) { localSignatory = v == null ? "" : v; }
    public @Nullable String getLocalSignatoryTitle() { return localSignatoryTitle; }
    public void setLocalSignatoryTitle(@Nullable String v) { localSignatoryTitle = v; }
    public @Nullable Industry getIndustry() { return industry; }
    public void setIndustry(@Nullable Industry v) { industry = v; }
    public @Nullable String getIndustryOther() { return industryOther; }
    public void setIndustryOther(@Nullable String v) { industryOther = v; }
    public @Nullable BigDecimal getAmountWan() { return amountWan; }
    public void setAmountWan(@Nullable BigDecimal v) { amountWan = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v == null ? Amounts.CNY : v; }
    public @Nullable DealKind getKind() { return kind; }
    public void setKind(@Nullable DealKind v) { kind = v; }
    public @Nullable DealStatus getStatus() { return status; }
    public void setStatus(@Nullable DealStatus v) { status = v; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long v) { version = v; }
}
