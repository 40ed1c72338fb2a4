package org.expodesk.programme;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * The place of a session as printed. {@code id} is the hall's id for {@link PlaceKind#HALL}, else the named place's;
 * {@link #key()} tells two places apart for the conflict rules (a hall and a room may share an id number).
 */
public record SessionPlace(PlaceKind kind, long id, String nameZh, @Nullable String nameEn, @Nullable String address) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public String key() {
        return (kind == PlaceKind.HALL ? "hall:" : "place:") + id;
    }
}
