package org.expodesk.shared.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The two languages of ExpoDesk. Chinese comes first: it is what a county office works in. */
public final class AppLocales {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);

    private AppLocales() {
    }

    /** Maps any locale (browser, stored preference, language tag) to the supported one closest to it. */
    public static Locale closest(@Nullable Locale requested) {
        if (requested == null) {
            return ZH_CN;
        }
        return "zh".equals(requested.getLanguage()) ? ZH_CN : "en".equals(requested.getLanguage()) ? EN : ZH_CN;
    }

    public static Locale fromTag(@Nullable String tag) {
        return tag == null || tag.isBlank() ? ZH_CN : closest(Locale.forLanguageTag(tag));
    }

    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
