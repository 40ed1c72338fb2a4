package org.expodesk.checkin;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A gate of an event: where badges are scanned, and the hall whose count it keeps (if any). */
public record GateSummary(long id, long eventId, String code, String nameZh, @Nullable String nameEn,
        @Nullable Long hallId, boolean active) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
