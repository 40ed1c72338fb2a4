package org.expodesk.programme;

import java.time.Instant;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * One reason a session clashes: with another session (same place, or a speaker or VIP in both at once) or with
 * the event's days. The screen turns it into a sentence with {@link #messageKey()} and {@link #arguments(Locale)}.
 */
public record SessionConflict(Kind kind, @Nullable Long otherSessionId, @Nullable String otherTitleZh,
        @Nullable String otherTitleEn, @Nullable Instant otherStart, @Nullable Instant otherEnd,
        @Nullable String personNameZh, @Nullable String personNameEn) {

    public enum Kind {
        /** Two sessions in the same hall, room or outside place at once. */
        SAME_PLACE,
        /** A speaker or VIP expected in two sessions at once. */
        PERSON_TWICE,
        /** The session starts before the first fair day or ends after the last, in the event's time zone. */
        OUTSIDE_EVENT_DAYS
    }

    public static SessionConflict samePlace(long otherId, String titleZh, @Nullable String titleEn, Instant start, Instant end) {
        return new SessionConflict(Kind.SAME_PLACE, otherId, titleZh, titleEn, start, end, null, null);
    }

    public static SessionConflict personTwice(long otherId, String titleZh, @Nullable String titleEn, Instant start,
            Instant end, String nameZh, @Nullable String nameEn) {
        return new SessionConflict(Kind.PERSON_TWICE, otherId, titleZh, titleEn, start, end, nameZh, nameEn);
    }

    public static SessionConflict outsideEventDays() {
        return new SessionConflict(Kind.OUTSIDE_EVENT_DAYS, null, null, null, null, null, null, null);
    }

    public String messageKey() {
        return "programme.conflict." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The other session's title, then the person's name (where they apply), in the reader's language. */
    public Object[] arguments(Locale locale) {
        boolean zh = AppLocales.isChinese(locale);
        String title = otherTitleZh == null ? "" : zh || otherTitleEn == null || otherTitleEn.isBlank() ? otherTitleZh : otherTitleEn;
        String person = personNameZh == null ? "" : zh || personNameEn == null || personNameEn.isBlank() ? personNameZh : personNameEn;
        return new Object[] {title, person};
    }
}
