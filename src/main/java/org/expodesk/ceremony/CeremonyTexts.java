package org.expodesk.ceremony;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.expodesk.deal.Amounts;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.DealTotals;
import org.expodesk.deal.Industry;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.jspecify.annotations.Nullable;

/** The words of the ceremony papers in one language: labels, amounts in 万/亿 and people with their titles. */
public final class CeremonyTexts {

    private final MessageBundles bundles;
    private final Locale locale;

    public CeremonyTexts(MessageBundles bundles, Locale locale) {
        this.bundles = bundles;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return bundles.text(locale, key, args);
    }

    /** "12,345.67 万元" (or 万美元 …), in the deal's own currency. */
    public String wan(BigDecimal wan, String currency) {
        return get(Amounts.wanKey(currency), Amounts.number(wan));
    }

    /** "1.23 亿元": HALF_UP to two places ({@link Amounts#yi}). */
    public String yi(BigDecimal wan, String currency) {
        return get(Amounts.yiKey(currency), Amounts.number(Amounts.yi(wan)));
    }

    public String amount(DealSummary d) {
        return wan(d.amountWan(), d.currency());
    }

    /** The CNY sum in 亿元 and 万元, then each foreign currency's sum: "1.23 亿元（12,345.67 万元）；1,500.00 万美元". */
    public String total(BigDecimal cnyWan, Map<String, BigDecimal> foreignWan) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (cnyWan.signum() != 0 || foreignWan.isEmpty()) {
            parts.add(get("ceremony.total.cny", yi(cnyWan, Amounts.CNY), wan(cnyWan, Amounts.CNY)));
        }
        foreignWan.forEach((currency, wan) -> parts.add(wan(wan, currency)));
        return String.join(get("ceremony.total.separator"), parts);
    }

    public String total(DealTotals.Line line) {
        return total(line.cnyWan(), line.foreignWan());
    }

    public String industry(DealSummary d) {
        return d.industry() == Industry.OTHER && d.industryOther() != null ? d.industryOther() : get(d.industry().messageKey());
    }

    public String label(DealTotals.Line line) {
        return AppLocales.isChinese(locale) ? line.labelZh() : line.labelEn();
    }

    /** "王志刚（副县长）" / "Wang Zhigang (Deputy County Head)". */
    public String person(String name, @Nullable String title) {
        return title == null || title.isBlank() ? name : get("ceremony.person-with-title", name, title);
    }

    public String org(String zh, @Nullable String en) {
        return AppLocales.isChinese(locale) || en == null || en.isBlank() ? zh : en;
    }

    public DateTimeFormatter time() {
        return DateTimeFormatter.ofPattern("HH:mm");
    }

    public DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(AppLocales.isChinese(locale) ? "yyyy年M月d日" : "d MMMM yyyy", locale);
    }

    /** Industry labels in both languages, for {@link DealTotals#of}. */
    public static String[] industryLabels(MessageBundles bundles, Industry industry) {
        return new String[] {bundles.text(AppLocales.ZH_CN, industry.messageKey()), bundles.text(AppLocales.EN, industry.messageKey())};
    }
}
