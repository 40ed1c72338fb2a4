package org.expodesk.badge;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/**
 * A kind of badge of one event, as screens and print runs see it. {@code code} is the number that travels in
 * the badge code; {@code daysBefore} and {@code daysAfter} widen the default validity beyond the fair days.
 */
public record BadgeTypeSummary(long id, long eventId, int code, String nameZh, String nameEn, String colour,
        boolean reEntry, int daysBefore, int daysAfter) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) ? nameZh : nameEn;
    }
}
