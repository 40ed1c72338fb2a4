package org.expodesk.programme;

import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** A speaker or participant of a session, with the name and title as printed in the programme. */
public record SessionPerson(long personId, SessionRole role, boolean vip, String nameZh, @Nullable String nameEn,
        @Nullable String title) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    /** Whose time the conflict rules guard: a speaker cannot be on two stages, a VIP not in two rooms. */
    public boolean mustBeThere() {
        return role == SessionRole.SPEAKER || vip;
    }
}
