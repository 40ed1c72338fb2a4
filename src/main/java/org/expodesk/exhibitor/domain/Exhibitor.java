package org.expodesk.exhibitor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.expodesk.booth.BoothKind;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.ExhibitorDraft;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.expodesk.shared.validation.PhoneValidator;
import org.jspecify.annotations.Nullable;

/** A company registered for one event, with its booth wishes and where its registration stands. */
@Entity
@Table(name = "exhibitor")
public class Exhibitor extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh = "";

    @Column(name = "name_en", length = 300)
    private @Nullable String nameEn;

    @Column(name = "credit_code", nullable = false, length = 18, columnDefinition = "char(18)")
    private String creditCode = "";

    @Column(nullable = false, length = 300)
    private String address = "";

    @Column(name = "contact_name", nullable = false, length = 60)
    private String contactName = "";

    @Column(nullable = false, length = 30)
    private String mobile = "";

    @Column(length = 150)
    private @Nullable String email;

    @Column(nullable = false, length = 1000)
    private String products = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExhibitorCategory category = ExhibitorCategory.OTHER;

    @Column(name = "famous_brand", nullable = false)
    private boolean famousBrand;

    @Column(name = "famous_brand_evidence", length = 1000)
    private @Nullable String famousBrandEvidence;

    @Column(name = "local_enterprise", nullable = false)
    private boolean localEnterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "wish_kind", length = 20)
    private @Nullable BoothKind wishKind;

    @Column(name = "wish_area_m2", precision = 9, scale = 2)
    private @Nullable BigDecimal wishArea;

    @Column(name = "wish_booth_1", length = 30)
    private @Nullable String wishBooth1;

    @Column(name = "wish_booth_2", length = 30)
    private @Nullable String wishBooth2;

    @Column(name = "wish_booth_3", length = 30)
    private @Nullable String wishBooth3;

    @Column(name = "staff_count", nullable = false)
    private int staffCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.SUBMITTED;

    @Column(name = "status_reason", length = 500)
    private @Nullable String statusReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Exhibitor() {
    }

    /** A new registration, submitted now, from every field of the draft. */
    public Exhibitor(long eventId, @Nullable Long accountId, ExhibitorDraft draft, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.nameZh = draft.getNameZh().strip();
        this.creditCode = Objects.requireNonNull(CreditCodeValidator.normalise(draft.getCreditCode()));
        this.category = Objects.requireNonNull(draft.getCategory());
        this.famousBrand = draft.isFamousBrand();
        this.localEnterprise = draft.isLocalEnterprise();
        this.submittedAt = now;
        this.createdAt = now;
        applyProfile(draft, now);
    }

    /** What the office may change: everything, the identity (name, credit code) included. */
    public void applyAll(ExhibitorDraft draft, Instant now) {
        this.nameZh = draft.getNameZh().strip();
        this.creditCode = Objects.requireNonNull(CreditCodeValidator.normalise(draft.getCreditCode()));
        this.category = Objects.requireNonNull(draft.getCategory());
        this.famousBrand = draft.isFamousBrand();
        this.localEnterprise = draft.isLocalEnterprise();
        applyProfile(draft, now);
    }

    /**
     * What the company may change itself: contact details, products, booth wishes and staff count. Name, credit
     * code, category, famous brand and local enterprise decided its review, so only the office changes them;
     * the evidence of a famous brand may be completed.
     */
    public void applyProfile(ExhibitorDraft draft, Instant now) {
        this.nameEn = blankToNull(draft.getNameEn());
        this.address = draft.getAddress().strip();
        this.contactName = draft.getContactName().strip();
        this.mobile = Objects.requireNonNull(PhoneValidator.normalise(draft.getMobile()));
        String email = blankToNull(draft.getEmail());
        this.email = email == null ? null : email.toLowerCase(Locale.ROOT);
        this.products = draft.getProducts().strip();
        this.famousBrandEvidence = blankToNull(draft.getFamousBrandEvidence());
        this.wishKind = draft.getWishKind();
        this.wishArea = draft.getWishArea();
        this.wishBooth1 = boothCode(draft.getWishBooth1());
        this.wishBooth2 = boothCode(draft.getWishBooth2());
        this.wishBooth3 = boothCode(draft.getWishBooth3());
        this.staffCount = draft.getStaffCount();
        this.updatedAt = now;
    }

    public void moveTo(RegistrationStatus to, @Nullable String reason, Instant now) {
        this.status = to;
        this.statusReason = blankToNull(reason);
        this.updatedAt = now;
    }

    public long eventId() { return eventId; }
    public String creditCode() { return creditCode; }
    public @Nullable Long accountId() { return accountId; }
    public RegistrationStatus status() { return status; }
    public String nameZh() { return nameZh; }
    public @Nullable String nameEn() { return nameEn; }

    public void linkAccount(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    public ExhibitorSummary toSummary() {
        List<String> wishes = new ArrayList<>(3);
        for (String w : new String[] {wishBooth1, wishBooth2, wishBooth3}) {
            if (w != null) {
                wishes.add(w);
            }
        }
        return new ExhibitorSummary(requireId(), eventId, accountId, nameZh, nameEn, creditCode, address, contactName, mobile,
                email, products, category, famousBrand, famousBrandEvidence, localEnterprise, wishKind, wishArea, wishes,
                staffCount, status, statusReason, submittedAt, getVersion());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String boothCode(@Nullable String code) {
        String c = blankToNull(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}
