package org.expodesk.reception;

import java.time.LocalDate;
import java.util.Locale;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.Travel;
import org.jspecify.annotations.Nullable;

/**
 * What the reception desk shows: guests arriving or leaving on {@code day} (all days when null), only those without
 * a room or without a trip, and those whose name (Chinese or English), organisation or mobile contains {@code search}.
 */
public record DeskFilter(@Nullable LocalDate day, boolean noRoom, boolean noTrip, @Nullable String search) {

    public static final DeskFilter ALL = new DeskFilter(null, false, false, null);

    public boolean matches(DeskLine line) {
        GuestSummary g = line.guest();
        if (day != null && !on(g.arrival()) && !on(g.departure())) {
            return false;
        }
        if ((noRoom && !line.noRoom()) || (noTrip && !line.noTrip())) {
            return false;
        }
        String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || contains(g.nameZh(), s) || contains(g.nameEn(), s) || contains(g.organisation(), s)
                || contains(g.mobile() == null ? null : g.mobile().replace(" ", ""), s.replace(" ", ""));
    }

    private boolean on(@Nullable Travel leg) {
        return leg != null && leg.at() != null && leg.at().toLocalDate().equals(day);
    }

    private static boolean contains(@Nullable String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }
}
