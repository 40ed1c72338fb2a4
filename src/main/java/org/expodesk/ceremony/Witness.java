package org.expodesk.ceremony;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A leader witnessing the signing on stage, in order of rank (the first stands in the centre). */
public record Witness(long personId, String nameZh, @Nullable String nameEn, @Nullable String title) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
