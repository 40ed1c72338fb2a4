package org.expodesk.programme;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A place sessions can use: a hall of the event, or one of its named meeting rooms and outside addresses. */
public record PlaceSummary(PlaceKind kind, long id, long eventId, String nameZh, @Nullable String nameEn,
        @Nullable String address, @Nullable Integer capacity, int sortOrder, long version) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String key() {
        return (kind == PlaceKind.HALL ? "hall:" : "place:") + id;
    }
}
