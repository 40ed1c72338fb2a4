package org.expodesk.person;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A person as other features see them. */
public record PersonSummary(long id, String nameZh, @Nullable String nameEn, @Nullable String title,
        @Nullable String organisation, @Nullable String mobile, @Nullable String officePhone, @Nullable String email) {

    /** The name to show: Chinese in a Chinese screen, the English name (when known) in an English one. */
    public String displayName(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
