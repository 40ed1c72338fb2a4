package org.expodesk.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/** How the programme writes days and times, the same on screen, on paper and on the public page. */
public final class ProgrammeDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LONG_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_ZH = DateTimeFormatter.ofPattern("M月d日 EEE", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private ProgrammeDates() {
    }

    /** 2026年10月16日 星期五 · Friday, 16 October 2026 */
    public static String longDay(LocalDate day, Locale locale) {
        return (AppLocales.isChinese(locale) ? LONG_ZH : LONG_EN).format(day);
    }

    /** 10月16日 周五 · Fri 16 Oct */
    public static String shortDay(LocalDate day, Locale locale) {
        return (AppLocales.isChinese(locale) ? SHORT_ZH : SHORT_EN).format(day);
    }

    /** 09:00–10:30; a session running past midnight shows its end with "+1". */
    public static String times(SessionSummary s) {
        java.time.LocalDateTime end = s.localEnd();
        long days = java.time.temporal.ChronoUnit.DAYS.between(s.day(), end.toLocalDate());
        String endText = days == 0 ? TIME.format(end)
                : days == 1 && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "24:00"
                : TIME.format(end) + " (+" + days + ")";
        return TIME.format(s.localStart()) + "–" + endText;
    }

    /** The event's days, first to last. */
    public static java.util.List<LocalDate> days(org.expodesk.event.EventSummary event) {
        return event.startDate().datesUntil(event.endDate().plusDays(1)).toList();
    }
}
