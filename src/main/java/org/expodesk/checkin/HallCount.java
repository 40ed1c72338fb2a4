package org.expodesk.checkin;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** How many people are inside a hall now, against its capacity (null when the hall has none set). */
public record HallCount(long hallId, String hallCode, String nameZh, @Nullable String nameEn,
        @Nullable Integer capacity, int inside) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
