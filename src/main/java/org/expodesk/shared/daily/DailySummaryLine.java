package org.expodesk.shared.daily;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/**
 * A line of a section in both languages, e.g. "布展搭建 — 县商务局（逾期 3 天）" and "Booth build-up — County Commerce
 * Bureau (3 days late)". {@code groupKey} names the list it belongs to (a message key such as "done today"), so a
 * section can hold several lists.
 */
public record DailySummaryLine(String groupKey, String zh, String en) {

    public String text(Locale locale) {
        return AppLocales.isChinese(locale) ? zh : en;
    }
}
