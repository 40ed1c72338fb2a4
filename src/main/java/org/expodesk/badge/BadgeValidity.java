package org.expodesk.badge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.expodesk.shared.domain.BusinessRuleException;

/**
 * The days a badge admits, as a set of days rather than a first-to-last range: build-up and tear-down
 * crews (布展/撤展) need the days before and after the fair but not the fair days, and trade-only or
 * public days differ by badge type. Stored relative to the event's first day, as the first valid day's
 * offset (-128 … 127 days) and a mask of {@value #WINDOW_DAYS} days starting there (bit 0 = that first
 * day, always set, so one set of days has exactly one representation). Being relative, the days move with
 * the event if the organisers postpone it, and printed badges stay valid for the same fair days.
 */
public record BadgeValidity(int firstDayOffset, int dayMask) {

    /** Days covered by the mask: 3 bytes in the code, enough for build-up, fair and tear-down together. */
    public static final int WINDOW_DAYS = 24;
    public static final int MIN_OFFSET = Byte.MIN_VALUE;
    public static final int MAX_OFFSET = Byte.MAX_VALUE;

    public BadgeValidity {
        if (firstDayOffset < MIN_OFFSET || firstDayOffset > MAX_OFFSET) {
            throw new IllegalArgumentException("First-day offset out of range: " + firstDayOffset);
        }
        if ((dayMask & 1) == 0 || dayMask >>> WINDOW_DAYS != 0) {
            throw new IllegalArgumentException("Day mask must have bit 0 set and fit " + WINDOW_DAYS + " bits: "
                    + Integer.toBinaryString(dayMask));
        }
    }

    /** Valid on exactly these days. Refused with a message for the organiser when they cannot be encoded. */
    public static BadgeValidity ofDays(LocalDate eventStart, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            throw new BusinessRuleException("badge.error.validity-empty");
        }
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        long first = ChronoUnit.DAYS.between(eventStart, sorted.first());
        long last = ChronoUnit.DAYS.between(eventStart, sorted.last());
        if (first < MIN_OFFSET || last > MAX_OFFSET + WINDOW_DAYS - 1L) {
            throw new BusinessRuleException("badge.error.validity-out-of-range", -MIN_OFFSET);
        }
        if (last - first >= WINDOW_DAYS) {
            throw new BusinessRuleException("badge.error.validity-too-long", WINDOW_DAYS);
        }
        int mask = 0;
        for (LocalDate day : sorted) {
            mask |= 1 << (int) (ChronoUnit.DAYS.between(eventStart, day) - first);
        }
        return new BadgeValidity((int) first, mask);
    }

    /** Valid on every day from {@code first} to {@code last}, both included. */
    public static BadgeValidity between(LocalDate eventStart, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new BusinessRuleException("badge.error.validity-empty");
        }
        if (ChronoUnit.DAYS.between(first, last) >= WINDOW_DAYS) {
            throw new BusinessRuleException("badge.error.validity-too-long", WINDOW_DAYS);
        }
        return ofDays(eventStart, first.datesUntil(last.plusDays(1)).toList());
    }

    public boolean isValidOn(LocalDate eventStart, LocalDate day) {
        long bit = ChronoUnit.DAYS.between(eventStart, day) - firstDayOffset;
        return bit >= 0 && bit < WINDOW_DAYS && (dayMask & (1 << bit)) != 0;
    }

    /** The valid days in calendar order, for printing on the badge. */
    public List<LocalDate> days(LocalDate eventStart) {
        List<LocalDate> days = new ArrayList<>();
        for (int bit = 0; bit < WINDOW_DAYS; bit++) {
            if ((dayMask & (1 << bit)) != 0) {
                days.add(eventStart.plusDays(firstDayOffset + (long) bit));
            }
        }
        return days;
    }
}
