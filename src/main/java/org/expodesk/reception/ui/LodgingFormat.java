package org.expodesk.reception.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.shared.i18n.AppLocales;

/** How the lodging screens write nights and blocks: "5月14日" / "14 May", "云溪宾馆 · 标准间（双床） · 5月14日–5月16日". */
final class LodgingFormat {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M/d E", Locale.CHINA);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("E d MMM", Locale.UK);

    private LodgingFormat() {
    }

    static String night(LocalDate night, Locale locale) {
        return (AppLocales.isChinese(locale) ? ZH : EN).format(night);
    }

    /** A short column header for a night: weekday and day. */
    static String nightHeader(LocalDate night, Locale locale) {
        return (AppLocales.isChinese(locale) ? ZH_DAY : EN_DAY).format(night);
    }

    static String nights(LocalDate first, LocalDate last, Locale locale) {
        return first.equals(last) ? night(first, locale) : night(first, locale) + "–" + night(last, locale);
    }

    static String hotelName(RoomBlockSummary block, Map<Long, HotelSummary> hotels, Locale locale) {
        HotelSummary hotel = hotels.get(block.hotelId());
        return hotel == null ? block.hotelNameZh() : hotel.name(locale);
    }
}
