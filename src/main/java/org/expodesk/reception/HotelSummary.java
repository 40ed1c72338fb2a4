package org.expodesk.reception;

import java.math.BigDecimal;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A contracted hotel of an event. */
public record HotelSummary(long id, long eventId, String nameZh, @Nullable String nameEn, @Nullable String address,
        @Nullable String contactName, @Nullable String phone, @Nullable BigDecimal distanceKm) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null ? nameZh : nameEn;
    }
}
