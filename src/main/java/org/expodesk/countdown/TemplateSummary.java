package org.expodesk.countdown;

import java.time.Instant;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A template in the choosers: its name, the event it was saved from (if any) and how many tasks it holds. */
public record TemplateSummary(long id, String nameZh, @Nullable String nameEn, @Nullable Long sourceEventId, int taskCount,
        Instant createdAt) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }
}
