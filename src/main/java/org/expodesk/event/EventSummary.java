package org.expodesk.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/** An event as other features and screens see it. */
public record EventSummary(
        long id,
        String nameZh,
        String nameEn,
        EventKind kind,
        @Nullable Integer edition,
        LocalDate startDate,
        LocalDate endDate,
        ZoneId timeZone,
        @Nullable String venueNameZh,
        @Nullable String venueNameEn,
        @Nullable String venueAddress,
        EventStatus status,
        boolean archived) {

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) ? nameZh : nameEn;
    }

    public @Nullable String venueName(Locale locale) {
        String preferred = AppLocales.isChinese(locale) ? venueNameZh : venueNameEn;
        return preferred != null && !preferred.isBlank() ? preferred : venueNameZh;
    }

    /** Days from today (in the event's own time zone) to the opening day: positive before, 0 on the day, negative after. */
    public long daysUntilOpening(Clock clock) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(timeZone)), startDate);
    }

    /** Number of fair days, first and last included. */
    public long durationDays() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }
}
