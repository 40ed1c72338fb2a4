package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.expodesk.booth.BoothKind;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A company registered for an event, as the office's screens and the company itself see it. */
public record ExhibitorSummary(long id, long eventId, @Nullable Long accountId, String nameZh, @Nullable String nameEn,
        String creditCode, String address, String contactName, String mobile, @Nullable String email, String products,
        ExhibitorCategory category, boolean famousBrand, @Nullable String famousBrandEvidence, boolean localEnterprise,
        @Nullable BoothKind wishKind, @Nullable BigDecimal wishArea, List<String> wishBooths, int staffCount,
        RegistrationStatus status, @Nullable String statusReason, Instant submittedAt, long version) {

    public ExhibitorSummary {
        wishBooths = List.copyOf(wishBooths);
    }

    /** The company's name in the screen's language; the Chinese name where no English one was given. */
    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
