package org.expodesk.badge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates as printed on badges, in both languages: short enough for one line each. */
final class BadgeTexts {

    private static final DateTimeFormatter ZH_FULL = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ZH_MONTH_DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("d日", Locale.CHINA);
    private static final DateTimeFormatter EN_FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M.d", Locale.ROOT);

    private BadgeTexts() {
    }

    /** 2026年12月17日至19日 */
    static String datesZh(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return ZH_FULL.format(start);
        }
        DateTimeFormatter endFormat = start.getYear() != end.getYear() ? ZH_FULL
                : start.getMonth() != end.getMonth() ? ZH_MONTH_DAY : ZH_DAY;
        return ZH_FULL.format(start) + "至" + endFormat.format(end);
    }

    /** 17–19 Dec 2026 */
    static String datesEn(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return EN_FULL.format(start);
        }
        DateTimeFormatter startFormat = start.getYear() != end.getYear() ? EN_FULL
                : start.getMonth() != end.getMonth() ? EN_DAY_MONTH : EN_DAY;
        return startFormat.format(start) + "–" + EN_FULL.format(end);
    }

    /** The valid days as runs of consecutive days, e.g. "12.15–12.20, 12.22": what a gate volunteer reads. */
    static String validDays(List<LocalDate> days) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            runs.add(i == j ? SHORT.format(days.get(i)) : SHORT.format(days.get(i)) + "–" + SHORT.format(days.get(j)));
            i = j + 1;
        }
        return String.join(", ", runs);
    }
}
