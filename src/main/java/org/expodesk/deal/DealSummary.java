package org.expodesk.deal;

import java.math.BigDecimal;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * A deal as lists, prints and the ceremony see it. {@code amountWan} is in 万 of {@code currency} ({@link Amounts}).
 * The local unit's names are kept as they were when the deal was saved, like every printed name.
 */
public record DealSummary(long id, long eventId, String projectZh, @Nullable String projectEn, String investorZh,
        @Nullable String investorEn, String investorSignatory, @Nullable String investorSignatoryTitle, long unitId,
        String unitNameZh, @Nullable String unitNameEn, String localSignatory, @Nullable String localSignatoryTitle,
        Industry industry, @Nullable String industryOther, BigDecimal amountWan, String currency, DealKind kind,
        DealStatus status, long version) {

    public String project(Locale locale) {
        return pick(locale, projectZh, projectEn);
    }

    /** The project's name in the other language, when there is one: printed small under the main one. */
    public @Nullable String projectOther(Locale locale) {
        return AppLocales.isChinese(locale) ? blankToNull(projectEn) : projectZh;
    }

    public String investor(Locale locale) {
        return pick(locale, investorZh, investorEn);
    }

    public String unitName(Locale locale) {
        return pick(locale, unitNameZh, unitNameEn);
    }

    public boolean cny() {
        return Amounts.isCny(currency);
    }

    private static String pick(Locale locale, String zh, @Nullable String en) {
        return AppLocales.isChinese(locale) || en == null || en.isBlank() ? zh : en;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
