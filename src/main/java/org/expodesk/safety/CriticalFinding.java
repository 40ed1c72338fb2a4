package org.expodesk.safety;

import java.time.Instant;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/** A critical item that failed: where, what, when, and whether it has been put right since. */
public record CriticalFinding(long rectificationId, String targetName, String itemZh, String itemEn, Instant foundAt,
        RectificationStatus status) {

    public String item(Locale locale) {
        return AppLocales.isChinese(locale) ? itemZh : itemEn;
    }
}
