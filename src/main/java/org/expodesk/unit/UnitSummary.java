package org.expodesk.unit;

import java.util.Locale;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A unit with its leader in charge and liaison, as the tree and other features show it. */
public record UnitSummary(long id, @Nullable Long parentId, String nameZh, @Nullable String nameEn, UnitKind kind,
        int sortOrder, @Nullable PersonSummary leader, @Nullable PersonSummary liaison) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
