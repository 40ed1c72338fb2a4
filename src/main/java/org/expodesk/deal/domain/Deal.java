package org.expodesk.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.expodesk.deal.Amounts;
import org.expodesk.deal.DealDraft;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealStatus;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.Industry;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.jspecify.annotations.Nullable;

/** One investment deal of an event. The amount is in 万 of its currency, two decimals ({@link Amounts}). */
@Entity
@Table(name = "deal")
public class Deal extends AbstractEntity {

    /** The local unit's names as printed, looked up by the service when the deal is saved. */
    public record Unit(long id, String nameZh, @Nullable String nameEn) {
    }

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "project_zh", nullable = false, length = 200)
    private String projectZh = "";
    @Column(name = "project_en", length = 300)
    private @Nullable String projectEn;
    @Column(name = "investor_zh", nullable = false, length = 200)
    private String investorZh = "";
    @Column(name = "investor_en", length = 300)
    private @Nullable String investorEn;
    @Column(name = "investor_signatory", nullable = false, length = 60)
    private String investorSignatory = "";
    @Column(name = "investor_signatory_title", length = 100)
    private @Nullable String investorSignatoryTitle;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "unit_name_zh", nullable = false, length = 100)
    private String unitNameZh = "";
    @Column(name = "unit_name_en", length = 200)
    private @Nullable String unitNameEn;
    @Column(name = "local_signatory", nullable = false, length = 60)
    private String localSignatory = "";
    @Column(name = "local_signatory_title", length = 100)
    private @Nullable String localSignatoryTitle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Industry industry = Industry.OTHER;
    @Column(name = "industry_other", length = 100)
    private @Nullable String industryOther;
    @Column(name = "amount_wan", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountWan = BigDecimal.ZERO;
    @Column(nullable = false, length = 3)
    private String currency = Amounts.CNY;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DealKind kind = DealKind.CONTRACT;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DealStatus status = DealStatus.PLANNED;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Deal() {
    }

    public Deal(long eventId, DealDraft draft, Unit unit, Instant now) {
        this.eventId = eventId;
        this.createdAt = now;
        apply(draft, unit, now);
    }

    public final void apply(DealDraft d, Unit unit, Instant now) {
        projectZh = d.getProjectZh().strip();
        projectEn = Texts.blankToNull(d.getProjectEn());
        investorZh = d.getInvestorZh().strip();
        investorEn = Texts.blankToNull(d.getInvestorEn());
        investorSignatory = d.getInvestorSignatory().strip();
        investorSignatoryTitle = Texts.blankToNull(d.getInvestorSignatoryTitle());
        unitId = unit.id();
        unitNameZh = unit.nameZh();
        unitNameEn = unit.nameEn();
        localSignatory = d.getLocalSignatory().strip();
        localSignatoryTitle = Texts.blankToNull(d.getLocalSignatoryTitle());
        industry = d.getIndustry() == null ? Industry.OTHER : d.getIndustry();
        industryOther = industry == Industry.OTHER ? Texts.blankToNull(d.getIndustryOther()) : null;
        amountWan = Amounts.normalise(d.getAmountWan() == null ? BigDecimal.ZERO : d.getAmountWan());
        currency = d.getCurrency();
        kind = d.getKind() == null ? DealKind.CONTRACT : d.getKind();
        status = d.getStatus() == null ? DealStatus.PLANNED : d.getStatus();
        updatedAt = now;
    }

    public void changeStatus(DealStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public long eventId() {
        return eventId;
    }

    public DealSummary toSummary() {
        return new DealSummary(requireId(), eventId, projectZh, projectEn, investorZh, investorEn, investorSignatory,
                investorSignatoryTitle, unitId, unitNameZh, unitNameEn, localSignatory, localSignatoryTitle, industry,
                industryOther, amountWan, currency, kind, status, getVersion());
    }

    public DealDraft toDraft() {
        DealDraft d = new DealDraft();
        d.setProjectZh(projectZh);
        d.setProjectEn(projectEn);
        d.setInvestorZh(investorZh);
        d.setInvestorEn(investorEn);
        d.setInvestorSignatory(investorSignatory);
        d.setInvestorSignatoryTitle(investorSignatoryTitle);
        d.setUnitId(unitId);
        d.setLocalSignatory(localSignatory);
        d.setLocalSignatoryTitle(localSignatoryTitle);
        d.setIndustry(industry);
        d.setIndustryOther(industryOther);
        d.setAmountWan(amountWan);
        d.setCurrency(currency);
        d.setKind(kind);
        d.setStatus(status);
        d.setVersion(getVersion());
        return d;
    }
}
